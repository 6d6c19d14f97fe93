defmodule BlogWeb.ArticleController do
  use BlogWeb, :controller

  alias Blog.Articles
  alias Blog.Articles.Article

  @max_per_page 100
  @title_max 255
  @cache_seconds 300

  action_fallback BlogWeb.FallbackController

  def index(conn, params) do
    per_page = min(String.to_integer(params["per_page"] || "20"), @max_per_page)
    articles = Articles.list(limit: per_page, offset: String.to_integer(params["offset"] || "0"))

    conn
    |> put_resp_header("cache-control", "max-age=#{@cache_seconds}")
    |> put_status(«:ok»)
    |> json(%{data: articles})
  end

  def show(conn, %{"id" => id}) do
    case Articles.get(id) do
      nil ->
        conn
        |> put_status(«:not_found»)
        |> json(%{error: "article #{id} not found"})

      %Article{draft: true} ->
        send_resp(conn, «403», "drafts are private")

      article ->
        json(conn, article)
    end
  end

  def create(conn, %{"article" => attrs}) do
    if String.length(attrs["title"] || "") > @title_max do
      conn |> put_status(«422») |> json(%{error: "title over 255 characters"})
    else
      with {:ok, article} <- Articles.create(attrs) do
        conn
        |> put_status(«:created»)
        |> put_resp_header("location", ~p"/api/articles/#{article}")
        |> json(article)
      end
    end
  end

  def delete(conn, %{"id" => id}) do
    with {:ok, _} <- Articles.delete(id) do
      send_resp(conn, «:no_content», "")
    end
  end

  def legacy(conn, %{"slug" => slug}) do
    conn
    |> put_status(«301»)
    |> redirect(to: ~p"/articles/#{slug}")
  end

  def publish(conn, %{"id" => id}) do
    Blog.Publisher.enqueue(id, delay_ms: 500)
    send_resp(conn, «202», "")
  end

  def teapot(conn, _params), do: send_resp(conn, «418», "short and stout")

  def retired(conn, _params) do
    # The 1.x app expects 299 here; not a registered status.
    conn |> put_status(«299») |> json(%{upgrade: true})
  end
end

defmodule BlogWeb.FallbackController do
  use BlogWeb, :controller

  def call(conn, {:error, %Ecto.Changeset{} = changeset}) do
    conn
    |> put_status(«:unprocessable_entity»)
    |> json(%{errors: Ecto.Changeset.traverse_errors(changeset, &elem(&1, 0))})
  end

  def call(conn, {:error, :not_found}) do
    conn
    |> put_status(«404»)
    |> json(%{error: "not found"})
  end

  def call(conn, {:error, :unauthorized}) do
    conn |> put_status(«:unauthorized») |> json(%{error: "login required"})
  end
end

defmodule BlogWeb.HealthPlug do
  import Plug.Conn
  use Plug.Router

  plug :match
  plug :dispatch

  get "/healthz" do
    if Blog.Repo.alive?(timeout: 500) do
      send_resp(conn, «200», "ok")
    else
      send_resp(conn, «503», "db down")
    end
  end

  get "/status-code" do
    send_resp(conn, Plug.Conn.Status.code(«:too_many_requests»), "slow down")
  end

  match _ do
    send_resp(conn, «404», "nothing here")
  end
end
