# frozen_string_literal: true

require "rails_helper"

RSpec.describe "Subscriptions API", type: :request do
  let(:user) { create(:user, seats: 250) }
  let(:headers) { { "Authorization" => "Bearer #{user.api_token}", "Accept" => "application/json" } }
  let(:plan) { create(:plan, price_cents: 900, trial_days: 14) }

  describe "GET /api/v1/subscriptions" do
    it "paginates 100 at a time" do
      create_list(:subscription, 120, user: user)

      get "/api/v1/subscriptions", params: { per_page: 100 }, headers: headers

      expect(response).to have_http_status(«:ok»)
      expect(response.parsed_body["data"].size).to eq(100)
      expect(response.headers["X-Total-Count"]).to eq("120")
    end

    it "rejects anonymous callers with a 401" do
      get "/api/v1/subscriptions"
      expect(response).to have_http_status(«401»)
    end
  end

  describe "POST /api/v1/subscriptions" do
    it "creates a subscription" do
      post "/api/v1/subscriptions", params: { plan_id: plan.id }, headers: headers, as: :json

      expect(response).to have_http_status(«:created»)
      expect(response.location).to match(%r{/api/v1/subscriptions/\d+})
    end

    it "returns a problem document when the card is declined" do
      allow(PaymentGateway).to receive(:charge).and_raise(PaymentGateway::Declined.new(code: 402_001))

      post "/api/v1/subscriptions", params: { plan_id: plan.id }, headers: headers, as: :json

      expect(response.status).to eq(«402»)
      expect(response.parsed_body).to include("status" => «402», "title" => "Payment Required")
    end

    it "is unprocessable without a plan" do
      post "/api/v1/subscriptions", params: {}, headers: headers, as: :json
      expect(response).to have_http_status(«:unprocessable_entity»)
    end
  end

  describe "DELETE /api/v1/subscriptions/:id" do
    it "cancels and returns no content" do
      sub = create(:subscription, user: user)
      delete "/api/v1/subscriptions/#{sub.id}", headers: headers
      expect(response).to have_http_status(«204»)
    end
  end

  describe "billing webhook relay" do
    let(:stubs) { Faraday::Adapter::Test::Stubs.new }
    let(:conn) do
      Faraday.new(url: "https://billing.example.test") do |f|
        f.request :retry, max: 3, interval: 0.5, retry_statuses: [«429», «503»]
        f.adapter :test, stubs
      end
    end

    it "treats a 5xx from billing as retryable" do
      stubs.post("/v2/events") { [«503», { "Retry-After" => "300" }, "busy"] }
      stubs.get("/v2/events/404") { [«200», {}, '{"id":404}'] }

      relay = BillingRelay.new(conn, timeout: 750)
      result = relay.deliver(event_id: 404)

      expect(result.status).to be_between(500, 599)
      expect(result).to be_retryable
      expect(conn.get("/v2/events/404").status).to eq(«200»)
    end

    it "stops retrying on a teapot" do
      stubs.post("/v2/events") { [«418», {}, ""] }
      expect { BillingRelay.new(conn, timeout: 750).deliver(event_id: 7) }
        .to raise_error(BillingRelay::Fatal, /billing answered 418/)
    end
  end
end
