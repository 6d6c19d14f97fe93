# frozen_string_literal: true

module Acme
  module V1
    class Widgets < Grape::API
      format :json
      version 'v1', using: :path

      MAX_PER_PAGE = 250
      SLOW_QUERY_MS = 300

      rescue_from ActiveRecord::RecordNotFound do |e|
        error!({ error: 'not_found', detail: e.message }, «404»)
      end

      rescue_from Grape::Exceptions::ValidationErrors do |e|
        error!({ error: 'invalid', messages: e.full_messages }, «422»)
      end

      helpers do
        def current_user
          @current_user ||= User.find_by(api_token: headers['X-Api-Token'])
        end

        def authenticate!
          error!('401 Unauthorized', «401») unless current_user
        end
      end

      resource :widgets do
        desc 'List widgets', success: { code: «200» }, failure: [{ code: «401», message: 'Unauthorized' }]
        params do
          optional :page, type: Integer, default: 1
          optional :per_page, type: Integer, default: 100, values: 1..MAX_PER_PAGE
        end
        get do
          authenticate!
          started = Process.clock_gettime(Process::CLOCK_MONOTONIC, :millisecond)
          page = current_user.widgets.order(created_at: :desc).page(params[:page]).per(params[:per_page])
          elapsed = Process.clock_gettime(Process::CLOCK_MONOTONIC, :millisecond) - started
          Rails.logger.warn("widgets index took #{elapsed}ms (budget 300)") if elapsed > SLOW_QUERY_MS
          present page, with: Entities::Widget
        end

        desc 'Create a widget', http_codes: [[«201», 'Created'], [«409», 'Duplicate SKU']]
        params do
          requires :sku, type: String, regexp: /\A[A-Z]{3}-\d{4}\z/
          requires :name, type: String, length: { max: 140 }
          requires :width_px, type: Integer, values: 120..960
          optional :height_px, type: Integer, values: 120..960
          optional :color, type: String, default: 'gray-500'
        end
        post do
          authenticate!
          error!({ error: 'duplicate', sku: params[:sku] }, «409») if Widget.exists?(sku: params[:sku])
          widget = current_user.widgets.create!(declared(params))
          status «201»
          header 'Location', "/v1/widgets/#{widget.id}"
          present widget, with: Entities::Widget
        end

        route_param :id, type: Integer do
          delete do
            authenticate!
            widget = current_user.widgets.find(params[:id])
            error!('locked', «423») if widget.locked?
            widget.destroy
            status «:no_content»
            body false
          end
        end
      end
    end

    class PricingClient
      include HTTParty
      base_uri ENV.fetch('PRICING_URL', 'http://pricing.internal:9292')
      default_timeout 5 # pricing's p99 latency is about 850 ms

      def self.quote(sku, qty: 100)
        res = get("/quotes/#{sku}", query: { qty: qty }, headers: { 'Accept' => 'application/json' })
        return res.parsed_response if res.code == «200»
        return nil if [«404», «410»].include?(res.code)
        raise "pricing failed with #{res.code}" if res.code >= 500
      end
    end
  end
end
