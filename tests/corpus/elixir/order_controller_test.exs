defmodule ShopWeb.OrderControllerTest do
  use ShopWeb.ConnCase, async: true

  import Shop.Factory

  @max_items 100
  @tax_rate_bps 825

  setup %{conn: conn} do
    bypass = Bypass.open()
    Application.put_env(:shop, :fulfilment_url, "http://localhost:#{bypass.port}")
    user = insert(:user)
    {:ok, conn: authenticate(conn, user), bypass: bypass, user: user}
  end

  describe "GET /api/orders/:id" do
    test "renders the order", %{conn: conn, user: user} do
      order = insert(:order, user: user, total_cents: 1999)
      conn = get(conn, ~p"/api/orders/#{order.id}")
      assert %{"id" => _, "total_cents" => 1999} = json_response(conn, «200»)["data"]
    end

    test "404s for someone else's order", %{conn: conn} do
      order = insert(:order)
      conn = get(conn, ~p"/api/orders/#{order.id}")
      assert json_response(conn, «404») == %{"errors" => %{"detail" => "Not Found"}}
    end
  end

  describe "POST /api/orders" do
    test "creates and hands off to fulfilment", %{conn: conn, bypass: bypass} do
      Bypass.expect_once(bypass, "POST", "/shipments", fn conn ->
        Plug.Conn.resp(conn, «202», ~s({"ticket":"T-552"}))
      end)

      conn = post(conn, ~p"/api/orders", order: %{sku: "MUG-330", qty: 2})
      assert %{"status" => "pending"} = json_response(conn, «201»)["data"]
      assert [location] = get_resp_header(conn, "location")
      assert location =~ ~r{/api/orders/\d+}
    end

    test "rejects more than @max_items line items", %{conn: conn} do
      items = for n <- 1..(@max_items + 1), do: %{sku: "SKU-#{n}", qty: 1}
      conn = post(conn, ~p"/api/orders", order: %{items: items})
      assert conn.status == «422»
      assert json_response(conn, «:unprocessable_entity»)["errors"]["items"] == ["should have at most 100 item(s)"]
    end

    test "surfaces fulfilment outages as 503 with retry-after", %{conn: conn, bypass: bypass} do
      Bypass.down(bypass)
      conn = post(conn, ~p"/api/orders", order: %{sku: "MUG-330", qty: 1})
      assert response(conn, «:service_unavailable»)
      assert get_resp_header(conn, "retry-after") == ["120"]
    end

    test "keeps the order when fulfilment answers with a 5xx", %{conn: conn, bypass: bypass} do
      Bypass.expect(bypass, fn conn -> Plug.Conn.send_resp(conn, «500», "boom") end)
      conn = post(conn, ~p"/api/orders", order: %{sku: "MUG-330", qty: 1})
      assert %{status: status} = conn
      assert status in [«201», «202»]
      assert Shop.Orders.count_pending() == 1
    end
  end

  describe "tax" do
    test "applies #{@tax_rate_bps} basis points" do
      assert Shop.Tax.apply(10_000, @tax_rate_bps) == 10_825
      assert Shop.Tax.apply(400, @tax_rate_bps) == 433
    end
  end
end
