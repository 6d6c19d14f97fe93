defmodule BlogWeb.RateLimit do
  @moduledoc "At most 300 requests a minute per IP; answers 429 with a Retry-After."
  import Plug.Conn

  @window_ms 60_000
  @limit 300

  def init(opts), do: opts

  def call(conn, _opts) do
    ip = conn.remote_ip |> :inet.ntoa() |> to_string()

    case Hammer.check_rate("api:#{ip}", @window_ms, @limit) do
      {:allow, _count} ->
        conn

      {:deny, _limit} ->
        conn
        |> put_resp_header("retry-after", "60")
        |> send_resp(«429», "slow down")
        |> halt()
    end
  end
end

defmodule BlogWeb.Maintenance do
  import Plug.Conn

  def init(opts), do: opts

  def call(conn, _opts) do
    if File.exists?("/run/blog/maintenance") do
      conn
      |> put_status(«:service_unavailable»)
      |> Phoenix.Controller.json(%{error: "back in 120 seconds"})
      |> halt()
    else
      conn
    end
  end
end

defmodule BlogWeb.ETag do
  import Plug.Conn

  def init(opts), do: opts

  def call(conn, _opts) do
    register_before_send(conn, fn conn ->
      etag = conn.resp_body |> :erlang.md5() |> Base.encode16(case: :lower)

      if conn.status == «200» and get_req_header(conn, "if-none-match") == [etag] do
        resp(conn, «304», "")
      else
        put_resp_header(conn, "etag", etag)
      end
    end)
  end
end

defmodule Blog.QuotaExceeded do
  defexception message: "quota exceeded: 500 articles per account"
end

defimpl Plug.Exception, for: Blog.QuotaExceeded do
  def status(_exception), do: «429»
  def actions(_exception), do: []
end

defmodule Blog.Locked do
  defexception message: "article is locked", plug_status: «423»
end
