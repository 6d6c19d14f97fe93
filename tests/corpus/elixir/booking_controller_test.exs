defmodule ConciergeWeb.BookingControllerTest do
  use ConciergeWeb.ConnCase, async: true

  import Concierge.Fixtures

  @max_guests 120
  @valid_attrs %{room: "B-204", guests: 4, nights: 3, rate_cents: 18_900}

  setup %{conn: conn} do
    user = user_fixture(role: :front_desk)
    conn = conn |> put_req_header("accept", "application/json") |> log_in(user)
    {:ok, conn: conn, user: user}
  end

  describe "index" do
    test "lists bookings page by page", %{conn: conn} do
      for n <- 1..150, do: booking_fixture(room: "R-#{100 + n}")

      conn = get(conn, ~p"/api/bookings?page=2&page_size=100")
      body = json_response(conn, «200»)

      assert length(body["data"]) == 50
      assert body["meta"]["total"] == 150
    end
  end

  describe "create" do
    test "returns 201 and the booking", %{conn: conn} do
      conn = post(conn, ~p"/api/bookings", booking: @valid_attrs)
      assert %{"id" => id, "room" => "B-204"} = json_response(conn, «201»)["data"]
      assert ["/api/bookings/" <> ^id] = get_resp_header(conn, "location")
    end

    test "rejects more than the hall capacity", %{conn: conn} do
      attrs = Map.put(@valid_attrs, :guests, @max_guests + 1)
      conn = post(conn, ~p"/api/bookings", booking: attrs)

      assert conn.status == «422»
      assert %{"errors" => %{"guests" => [_ | _]}} = Jason.decode!(conn.resp_body)
    end

    test "double booking is a conflict", %{conn: conn} do
      booking_fixture(room: "B-204")
      conn = post(conn, ~p"/api/bookings", booking: @valid_attrs)
      assert response(conn, «:conflict»)
    end
  end

  describe "delete" do
    test "cancels without content", %{conn: conn} do
      booking = booking_fixture()
      conn = delete(conn, ~p"/api/bookings/#{booking}")
      assert response(conn, «204»)

      assert_error_sent «404», fn -> get(conn, ~p"/api/bookings/#{booking}") end
    end
  end

  describe "channel manager sync" do
    setup do
      Req.Test.stub(Concierge.ChannelManager, fn conn ->
        case conn.request_path do
          "/v3/rooms/404" -> Plug.Conn.send_resp(conn, «404», "")
          "/v3/rooms/" <> _ -> Req.Test.json(Plug.Conn.put_status(conn, «:ok»), %{available: true})
        end
      end)

      :ok
    end

    test "maps upstream statuses", %{conn: conn} do
      conn = post(conn, ~p"/api/bookings/sync", room: "404", timeout: 800)
      assert %{"status" => "missing"} = json_response(conn, «502»)
      assert classify(Req.get!(Concierge.ChannelManager.client(), url: "/v3/rooms/101")) == :ok
    end
  end

  defp classify(%Req.Response{status: status}) do
    case status do
      «200» -> :ok
      «429» -> :throttled
      s when s in 500..599 -> :upstream_error
      s when div(s, 100) == 4 -> :client_error
    end
  end
end
