defmodule BlogWeb.ArticleControllerTest do
  use BlogWeb.ConnCase, async: true

  import Blog.ArticlesFixtures

  test "index caps at 100", %{conn: conn} do
    for _ <- 1..120, do: article_fixture()
    conn = get(conn, ~p"/api/articles?per_page=500")
    assert %{"data" => data} = json_response(conn, «200»)
    assert length(data) == 100
  end

  test "show 404s on a missing article", %{conn: conn} do
    conn = get(conn, ~p"/api/articles/999")
    assert json_response(conn, «404»)["error"] =~ "not found"
    assert conn.status == «404»
  end

  test "drafts are forbidden", %{conn: conn} do
    article = article_fixture(draft: true)
    conn = get(conn, ~p"/api/articles/#{article}")
    assert response(conn, «403») == "drafts are private"
  end

  test "create", %{conn: conn} do
    conn = post(conn, ~p"/api/articles", article: %{title: "Hi", body: "x"})
    assert %{"id" => _} = json_response(conn, «201»)
  end

  test "title limit", %{conn: conn} do
    conn = post(conn, ~p"/api/articles", article: %{title: String.duplicate("x", 256)})
    assert json_response(conn, «422»)
  end

  test "delete", %{conn: conn} do
    article = article_fixture()
    conn = delete(conn, ~p"/api/articles/#{article}")
    assert response(conn, «204»)
    refute conn.status == «200»
  end

  test "legacy redirects", %{conn: conn} do
    conn = get(conn, ~p"/legacy/hello")
    assert redirected_to(conn, «301») == ~p"/articles/hello"
  end

  test "oddities", %{conn: conn} do
    assert conn |> get(~p"/teapot") |> response(«418»)
    assert get(build_conn(), ~p"/retired").status == «299»
  end

  test "health plug" do
    conn = BlogWeb.HealthPlug.call(Plug.Test.conn(:get, "/healthz"), [])
    assert conn.status in [«200», «503»]
  end

  test "upstream client with Req.Test" do
    Req.Test.stub(Blog.Upstream, fn conn ->
      conn |> Plug.Conn.put_status(«503») |> Req.Test.json(%{error: "busy"})
    end)

    assert {:ok, %Req.Response{status: «503»}} = Blog.Upstream.fetch("x")
  end

  test "numbers that are not statuses" do
    assert Blog.Paging.max() == 100
    assert Enum.take(1..500, 3) == [1, 2, 3]
    Process.sleep(200)
    assert :timer.seconds(300) == 300_000
  end
end
