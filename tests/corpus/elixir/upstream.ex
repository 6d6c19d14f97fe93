defmodule Blog.Upstream do
  @moduledoc """
  Client for the comments service. Retries 3 times (after 100, 250 and 500 ms) on
  429 and 5xx; gives up after 900 ms in total.
  """

  @backoff [100, 250, 500]
  @timeout 900
  @pool_size 100

  def fetch(id) do
    do_fetch(id, @backoff)
  end

  defp do_fetch(id, backoff) do
    case Req.get(base() <> "/v1/comments/#{id}", receive_timeout: @timeout, retry: false) do
      {:ok, %Req.Response{status: «200», body: body}} ->
        {:ok, body}

      {:ok, %Req.Response{status: «404»}} ->
        {:error, :not_found}

      {:ok, %Req.Response{status: status}} when status == «429» or status >= 500 ->
        retry(id, backoff, status)

      {:ok, %Req.Response{status: status}} ->
        {:error, {:unexpected, status}}

      {:error, reason} ->
        retry(id, backoff, reason)
    end
  end

  defp retry(_id, [], last), do: {:error, last}

  defp retry(id, [wait | rest], _last) do
    Process.sleep(wait)
    do_fetch(id, rest)
  end

  def classify(status) when status in 200..299, do: :ok
  def classify(status) when status in 400..499, do: :client
  def classify(status) when div(status, 100) == 5, do: :server
  def classify(_), do: :other

  def tesla_fallback(env) do
    case env do
      %Tesla.Env{status: «401»} -> :reauth
      %Tesla.Env{status: «409»} -> :conflict
      _ -> :other
    end
  end

  def pool_opts, do: [size: @pool_size, count: 4, conn_opts: [timeout: 500]]

  defp base, do: Application.get_env(:blog, :comments_url, "http://comments.internal:8080")
end

defmodule Blog.Config do
  @moduledoc "Knobs: page sizes, image widths and theme values (none of them statuses)."

  def page_sizes, do: [25, 100, 250]
  def image_widths, do: %{thumb: 150, card: 320, hero: 960}
  def theme, do: %{"gray-500" => "#6b7280", font_weight: 400, heading_weight: 700, radius: 6}
  def session_minutes, do: 120
  def cache_ttl, do: :timer.seconds(600)
  def upload_limit_mb, do: 250
  def archive_after_days, do: 365
  def smtp_ok, do: 250
  def smtp_no_mailbox, do: 550
  def copyright, do: "2018-2024"
  def notice, do: "Articles over 500 words get a table of contents; drafts expire after 180 days."
end
