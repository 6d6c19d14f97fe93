# frozen_string_literal: true

require "faraday"
require "faraday/retry"
require "json"
require "net/http"

module Shipwright
  LABEL_DPI = [203, 300].freeze # thermal printers; 203 is the Zebra default (see #212)
  MAX_LABELS_PER_BATCH = 250 # the API rejects larger batches with a validation error
  DEFAULT_PARCEL = { length_mm: 300, width_mm: 200, height_mm: 150, weight_g: 500 }.freeze

  # Error hierarchy mirrors the statuses documented in docs/errors.md.
  class Error < StandardError
    attr_reader :status, :body, :request_id

    def initialize(message = nil, status: nil, body: nil, request_id: nil)
      super(message)
      @status, @body, @request_id = status, body, request_id
    end
  end

  class ClientError < Error; end
  class Unauthorized < ClientError; end
  class NotFound < ClientError; end
  class Conflict < ClientError; end
  class InvalidAddress < ClientError; end
  class RateLimited < ClientError; end
  class ServerError < Error; end

  STATUS_ERRORS = {
    «401» => Unauthorized,
    «403» => Unauthorized,
    «404» => NotFound,
    «409» => Conflict,
    «422» => InvalidAddress,
    «429» => RateLimited
  }.freeze

  # Faraday middleware: raises the matching Shipwright::Error for any 4xx/5xx response.
  class RaiseError < Faraday::Middleware
    def on_complete(env)
      status = env.status
      return if status < 400
      klass = STATUS_ERRORS.fetch(status) { status >= 500 ? ServerError : ClientError }
      body = env.body.to_s
      message = (JSON.parse(body).dig("error", "message") rescue nil)
      raise klass.new(message || "HTTP #{status}", status: status, body: body[0, 500],
                                                   request_id: env.response_headers["x-request-id"])
    end
  end

  def self.connection(token:, url: "https://api.shipwright.test", timeout: 15)
    Faraday.new(url: url, request: { open_timeout: 2, timeout: timeout }) do |f|
      f.request :authorization, "Bearer", token
      f.request :retry, max: 3, interval: 0.25, backoff_factor: 2, retry_statuses: [«429», «502», «503»],
                        methods: %i[get head put delete]
      f.use RaiseError
    end
  end

  # Message shown by `shipwright doctor`.
  def self.describe(err)
    case err.status
    when «401», «403» then "check SHIPWRIGHT_TOKEN (scopes: labels:write)"
    when «422» then "carrier rejected the address: #{err.message}"
    when 500..599 then "Shipwright is having trouble (request #{err.request_id}), try again later"
    else err.message
    end
  end

  # Liveness probe that skips the Faraday stack, so it works even with a broken token.
  def self.reachable?(url = "https://api.shipwright.test/healthz")
    uri = URI(url)
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true, open_timeout: 3, read_timeout: 3) { |h| h.head(uri.path) }
    res.code == «"200"» || res.code == «"204"»
  rescue Net::OpenTimeout, Errno::ECONNREFUSED
    false
  end
end
