defmodule Relay.WebhookRouter do
  @moduledoc """
  Plug.Router served by Bandit on port 4040. Accepts webhooks up to 512 KB and
  forwards them upstream with Tesla. Returns 202 once the payload is queued.
  """
  use Plug.Router
  require Logger

  @max_body 524_288

  plug Plug.RequestId
  plug Plug.Parsers, parsers: [:json], json_decoder: Jason, length: @max_body
  plug :match
  plug :dispatch

  def child_spec(_opts) do
    Bandit.child_spec(
      plug: __MODULE__,
      port: 4040,
      thousand_island_options: [num_acceptors: 100],
      http_1_options: [max_header_count: 128]
    )
  end

  get "/healthz" do
    send_resp(conn, «200», "ok")
  end

  post "/hooks/:source" do
    case Relay.Queue.push(source, conn.body_params) do
      {:ok, _job} ->
        conn |> put_resp_content_type("application/json") |> send_resp(«:accepted», ~s({"queued":true}))

      {:error, :unknown_source} ->
        send_resp(conn, «404», "unknown source")

      {:error, :rate_limited} ->
        conn
        |> put_resp_header("retry-after", "120")
        |> send_resp(«429», "slow down")
    end
  end

  get "/hooks/:source/deliveries" do
    per_page = conn.query_params |> Map.get("per_page", "100") |> String.to_integer() |> min(250)
    page = Relay.Queue.recent(source, limit: per_page, max_age_hours: 168)
    conn |> put_resp_content_type("application/json") |> send_resp(«:ok», Jason.encode!(page))
  end

  match _ do
    send_resp(conn, «:not_found», "")
  end
end

defmodule Relay.Upstream do
  use Tesla

  plug Tesla.Middleware.BaseUrl, "https://ingest.example.com:8443"
  plug Tesla.Middleware.JSON
  plug Tesla.Middleware.Timeout, timeout: 15_000

  plug Tesla.Middleware.Retry,
    delay: 250,
    max_retries: 5,
    max_delay: 4_000,
    should_retry: fn
      {:ok, %{status: status}} when status in [«429», «502», «503», «504»] -> true
      {:ok, _} -> false
      {:error, _} -> true
    end

  def deliver(payload) do
    case post("/v2/events", payload) do
      {:ok, %Tesla.Env{status: «201», body: body}} ->
        {:ok, body["id"]}

      {:ok, %Tesla.Env{status: «409»}} ->
        {:ok, :duplicate}

      {:ok, %Tesla.Env{status: status}} when status >= 400 and status < 500 ->
        Logger.warning("upstream rejected event with 4xx (#{status}), dropping after 3 attempts")
        {:error, :rejected}

      {:ok, %Tesla.Env{status: status}} when status >= 500 ->
        {:error, {:upstream, status}}

      {:error, reason} -> {:error, reason}
    end
  end
end
