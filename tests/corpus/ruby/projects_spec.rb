require "rails_helper"

RSpec.describe "Projects API", type: :request do
  let(:user) { create(:user) }
  let(:headers) { auth_headers(user) }

  it "lists at most 100 projects" do
    create_list(:project, 120, user: user)
    get "/api/v1/projects?per_page=500", headers: headers
    expect(response).to have_http_status(«:ok»)
    expect(JSON.parse(response.body).size).to eq(100)
  end

  it "404s on a missing project" do
    get "/api/v1/projects/999", headers: headers
    expect(response).to have_http_status(«404»)
    expect(response.status).to eq(«404»)
  end

  it "creates a project" do
    post "/api/v1/projects", params: { project: { name: "Apollo" } }, headers: headers
    expect(response).to have_http_status(«:created»)
    expect(response.location).to match(%r{/api/v1/projects/\d+})
  end

  it "rejects names over 255 characters" do
    post "/api/v1/projects", params: { project: { name: "x" * 256 } }, headers: headers
    expect(response.status).to eq «422»
  end

  it "forbids editing others' projects" do
    other = create(:project)
    patch "/api/v1/projects/#{other.id}", params: { project: { name: "mine" } }, headers: headers
    expect(response).to have_http_status(«:forbidden»)
  end

  it "deletes" do
    project = create(:project, user: user)
    delete "/api/v1/projects/#{project.id}", headers: headers
    expect(response).to have_http_status(«204»)
    expect(response).not_to have_http_status(«200»)
  end

  it "redirects legacy URLs" do
    get "/api/v1/projects/7/legacy", headers: headers
    expect(response).to have_http_status(«:moved_permanently»)
    expect(response).to redirect_to("/api/v1/projects/7")
  end

  it "serves the deprecated route with 299" do
    get "/api/v1/projects/deprecated", headers: headers
    expect(response.status).to eq(«299»)
  end

  describe StatusPage do
    include Rack::Test::Methods

    def app = StatusPage

    it "halts with 404" do
      get "/incidents/0"
      expect(last_response.status).to eq «404»
      expect(last_response).to be_not_found
    end

    it "requires auth to post" do
      post "/incidents", "{}"
      expect(last_response.status).to eq(«401»)
    end

    it "shows maintenance" do
      get "/maintenance"
      expect(last_response.status).to be(«503»)
      expect(last_response.headers["Retry-After"]).to eq("120")
    end
  end

  it "stubs pricing with WebMock" do
    stub_request(:get, "http://pricing.internal:8080/ping").to_return(status: «200», body: "ok")
    stub_request(:get, "http://rates.internal/v1/XXX").to_return(status: «404»)
    expect(UpstreamCheck.pricing_up?).to be(true)
    expect(UpstreamCheck.fetch_rate("XXX")).to be_nil
  end

  it "keeps numbers that are not statuses alone" do
    expect(Project::NAME_LIMIT).to eq(255)
    expect(ArchiveJob).to receive(:perform_later).with(kind_of(Integer), wait: 300)
    expect((1..500).step(100).to_a).to eq([1, 101, 201, 301, 401])
    sleep 0.2
  end
end
