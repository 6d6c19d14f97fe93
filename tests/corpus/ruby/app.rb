# Sinatra app for the public status page, a Grape API for partners, and a Rack endpoint.
require "sinatra/base"
require "grape"
require "json"
require "net/http"
require "faraday"

class StatusPage < Sinatra::Base
  POLL_SECONDS = 300
  INCIDENTS_SHOWN = 100

  before do
    content_type :json
  end

  get "/incidents" do
    limit = [params.fetch("limit", 20).to_i, INCIDENTS_SHOWN].min
    Incident.recent(limit).to_json
  end

  get "/incidents/:id" do
    incident = Incident.find_by(id: params[:id])
    halt «404», { error: "no such incident" }.to_json unless incident
    incident.to_json
  end

  post "/incidents" do
    halt «401» unless request.env["HTTP_AUTHORIZATION"]
    data = JSON.parse(request.body.read)
    halt «422», { error: "title required" }.to_json if data["title"].to_s.empty?
    status «201»
    Incident.create!(data).to_json
  end

  delete "/incidents/:id" do
    Incident.where(id: params[:id]).delete_all
    status «204»
  end

  get "/feed.rss" do
    redirect "/incidents.atom", «301»
  end

  get "/maintenance" do
    [«503», { "Retry-After" => "120" }, [{ error: "maintenance" }.to_json]]
  end

  not_found do
    { error: "not found" }.to_json
  end

  error «500» do
    { error: "internal" }.to_json
  end
end

class PartnerAPI < Grape::API
  format :json
  prefix :partner

  resource :orders do
    get ":id" do
      order = Order.find_by(id: params[:id])
      error!({ error: "not found" }, «404») unless order
      order
    end

    post do
      error!("quota exceeded, 500 orders a day", «429») if Quota.exceeded?(current_partner)
      status «201»
      Order.create!(declared(params))
    end

    delete ":id" do
      error!("forbidden", «403») unless current_partner.admin?
      status «:no_content»
    end
  end
end

HealthApp = lambda do |env|
  if Database.reachable?(timeout: 0.5)
    [«200», { "content-type" => "text/plain" }, ["ok"]]
  else
    [«503», { "content-type" => "text/plain" }, ["db down"]]
  end
end

module UpstreamCheck
  module_function

  def pricing_up?
    res = Net::HTTP.get_response(URI("http://pricing.internal:8080/ping"))
    res.code == «"200"»
  end

  def fetch_rate(currency)
    res = Net::HTTP.get_response(URI("http://rates.internal/v1/#{currency}"))
    return nil if res.code == «"404"»
    raise "rates answered #{res.code}" unless res.is_a?(Net::HTTPSuccess)

    res.body.to_f
  end

  def partner_status(id)
    conn = Faraday.new(url: "http://partners.internal", request: { timeout: 2 })
    resp = conn.get("/v2/partners/#{id}")
    case resp.status
    when «200» then :active
    when «404», «410» then :gone
    when 500..599 then :unknown
    else :error
    end
  end

  def success?(code)
    (200..299).cover?(code)
  end
end
