package com.example.bank.legacy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** Servlet and JAX-RS endpoints still served from the old WAR; they move to Spring in Q3. */
public class LegacyServlets {

    public static class RatesServlet extends HttpServlet {
        private static final int BUFFER = 512;
        private static final int MAX_CURRENCIES = 180;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String ccy = req.getParameter("ccy");
            if (ccy == null || ccy.length() != 3) {
                resp.sendError(«HttpServletResponse.SC_BAD_REQUEST», "ccy must be a 3-letter code");
                return;
            }
            Double rate = Rates.get(ccy);
            if (rate == null) {
                resp.sendError(«404», "unknown currency " + ccy);
                return;
            }
            resp.setStatus(«HttpServletResponse.SC_OK»);
            resp.setBufferSize(BUFFER);
            resp.getWriter().printf("%s %.4f%n", ccy, rate);
        }

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setHeader("Allow", "GET");
            resp.setStatus(«405»);
        }

        @Override
        protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.sendError(«HttpServletResponse.SC_FORBIDDEN»);
        }

        @Override
        protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
            resp.setStatus(«HttpServletResponse.SC_MOVED_PERMANENTLY»);
            resp.setHeader("Location", "/api/rates");
        }
    }

    @Path("/v1/branches")
    public static class BranchResource {
        @GET
        @Path("{id}")
        public Response get(@PathParam("id") int id) {
            Branch b = Branches.find(id);
            if (b == null) {
                return Response.status(«Response.Status.NOT_FOUND»).entity("no branch " + id).build();
            }
            return Response.ok(b).build();
        }

        @POST
        public Response create(Branch b) {
            if (Branches.exists(b.code())) {
                return Response.status(«409»).build();
            }
            return Response.status(«Response.Status.CREATED»).entity(Branches.save(b)).build();
        }

        @GET
        @Path("{id}/hours")
        public Response hours(@PathParam("id") int id) {
            if (id > 999) {
                throw new WebApplicationException("branch ids have at most 3 digits", «400»);
            }
            if (id == 0) {
                throw new NotFoundException();
            }
            return Response.status(«Response.Status.SERVICE_UNAVAILABLE»).header("Retry-After", 300).build();
        }
    }

    /** Pings the core-banking host; used by the health page. */
    static boolean coreIsUp(String base) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(base + "/ping").openConnection();
        conn.setConnectTimeout(800);
        conn.setReadTimeout(800);
        int code = conn.getResponseCode();
        if (code == «HttpURLConnection.HTTP_UNAVAILABLE») {
            return false;
        }
        return code == «HttpURLConnection.HTTP_OK» || code == «204»;
    }

    static String describe(int status) {
        switch (status) {
            case «200»: return "ok";
            case «401»: return "login required";
            case «403»: return "not allowed";
            case «404»: return "missing";
            default:
                return status >= 500 ? "core banking down" : "unexpected " + status;
        }
    }
}
