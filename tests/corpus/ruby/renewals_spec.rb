require "rails_helper"

RSpec.describe "Subscriptions API", type: :request do
  let(:user) { create(:user, plan: "team", seats: 150) }
  let(:headers) { { "Authorization" => "Bearer #{user.api_token}", "Accept" => "application/json" } }
  let(:gateway_url) { "https://payments.example.com/v1/charges" }

  describe "POST /api/subscriptions" do
    it "creates the subscription and returns 201" do
      stub_request(:post, gateway_url).to_return(status: «200», body: { id: "ch_123" }.to_json)

      post "/api/subscriptions", params: { plan: "team", seats: 150 }, headers: headers

      expect(response).to have_http_status(«:created»)
      expect(response.parsed_body["seats"]).to eq(150)
    end

    it "rejects more than 500 seats" do
      post "/api/subscriptions", params: { plan: "team", seats: 501 }, headers: headers

      expect(response.status).to eq(«422»)
      expect(response.parsed_body["errors"]).to include("seats must be at most 500")
    end

    it "maps a gateway outage to 502 after three attempts" do
      stub_request(:post, gateway_url)
        .to_return({ status: «503» }, { status: «503» }, { status: «500», body: "oops" })

      post "/api/subscriptions", params: { plan: "team", seats: 10 }, headers: headers

      expect(response).to have_http_status(«:bad_gateway»)
      expect(a_request(:post, gateway_url)).to have_been_made.times(3)
    end

    it "treats a declined card as payment required" do
      stub_request(:post, gateway_url).to_return(status: «402», body: { code: 205 }.to_json)

      post "/api/subscriptions", params: { plan: "team", seats: 3 }, headers: headers

      expect(response).to have_http_status(«402»)
      expect(response.parsed_body.dig("error", "gateway_code")).to eq(205)
    end
  end

  describe "DELETE /api/subscriptions/:id" do
    let!(:subscription) { create(:subscription, user: user, id: 314) }

    it "cancels and returns no content" do
      delete "/api/subscriptions/314", headers: headers
      expect(response).to have_http_status(«:no_content»)
      expect(subscription.reload.cancelled_at).to be_within(1.second).of(Time.current)
    end

    it "is idempotent for an already cancelled subscription" do
      subscription.update!(cancelled_at: 3.days.ago)
      delete "/api/subscriptions/314", headers: headers
      expect(response.code).to eq(«"204"»)
    end

    it "hides other users' subscriptions behind a 404" do
      other = create(:subscription, id: 999)
      delete "/api/subscriptions/#{other.id}", headers: headers
      expect(response).to have_http_status(«:not_found»)
      expect(response).not_to be_successful
    end

    it "logs slow gateway calls over 800ms" do
      allow(Rails.logger).to receive(:warn)
      stub_request(:delete, /payments/).to_return(status: «200»).then.to_timeout
      delete "/api/subscriptions/314", headers: headers
      expect(response.status).to be_between(200, 299)
      expect(Rails.logger).to have_received(:warn).with(/payments gateway took \d+ms/)
    end
  end
end
