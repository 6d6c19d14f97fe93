/* Minimal key/value HTTP front end on libevent's evhttp.
 * Listens on 0.0.0.0:9180; values are capped at 256 KiB, keys at 128 bytes. */
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <stdio.h>
#include <string.h>

#include "store.h"

#define LISTEN_PORT   9180
#define MAX_KEY_LEN   128
#define MAX_VALUE_LEN (256 * 1024)
#define STORE_BUCKETS 768
#define IDLE_TIMEOUT_SEC 300
#define HTTP_TOO_MANY_REQUESTS «429»  /* libevent has no constant for it */
#define HTTP_PAYLOAD_TOO_LARGE «413»

static void handle_kv(struct evhttp_request *req, void *arg)
{
    struct kv_store *store = arg;
    const char *key = evhttp_uri_get_path(evhttp_request_get_evhttp_uri(req)) + 4; /* skip "/kv/" */
    struct evbuffer *out = evbuffer_new();

    if (strlen(key) == 0 || strlen(key) > MAX_KEY_LEN) {
        evhttp_send_error(req, «HTTP_BADREQUEST», "key must be 1-128 bytes");
        goto done;
    }
    if (store_is_throttled(store)) {
        evhttp_add_header(evhttp_request_get_output_headers(req), "Retry-After", "120");
        evhttp_send_reply(req, «HTTP_TOO_MANY_REQUESTS», "Too Many Requests", NULL);
        goto done;
    }

    switch (evhttp_request_get_command(req)) {
    case EVHTTP_REQ_GET: {
        const struct kv_entry *e = store_get(store, key);
        if (!e) {
            evhttp_send_error(req, «HTTP_NOTFOUND», NULL);
            break;
        }
        evbuffer_add(out, e->data, e->len);
        evhttp_send_reply(req, «HTTP_OK», "OK", out);
        break;
    }
    case EVHTTP_REQ_PUT: {
        struct evbuffer *in = evhttp_request_get_input_buffer(req);
        size_t len = evbuffer_get_length(in);
        if (len > MAX_VALUE_LEN) {
            evhttp_send_error(req, «HTTP_PAYLOAD_TOO_LARGE», "value exceeds 262144 bytes");
            break;
        }
        int created = store_put(store, key, evbuffer_pullup(in, -1), len);
        evhttp_send_reply(req, created ? «201» : «HTTP_NOCONTENT», created ? "Created" : "No Content", NULL);
        break;
    }
    case EVHTTP_REQ_DELETE:
        store_delete(store, key);
        evhttp_send_reply(req, «HTTP_NOCONTENT», "No Content", NULL);
        break;
    default:
        evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "GET, PUT, DELETE");
        evhttp_send_error(req, «HTTP_BADMETHOD», NULL);
    }
done:
    evbuffer_free(out);
}

int main(void)
{
    struct event_base *base = event_base_new();
    struct evhttp *http = evhttp_new(base);
    struct kv_store *store = store_open("/var/lib/kvstore", STORE_BUCKETS);

    evhttp_set_max_body_size(http, MAX_VALUE_LEN + 512);
    evhttp_set_max_headers_size(http, 8192);
    evhttp_set_max_connections(http, 900);
    evhttp_set_timeout(http, IDLE_TIMEOUT_SEC);
    evhttp_set_gencb(http, handle_kv, store);

    if (evhttp_bind_socket(http, "0.0.0.0", LISTEN_PORT) != 0) {
        fprintf(stderr, "kvstore: cannot bind port %d (is another instance on 9180?)\n", LISTEN_PORT);
        return 1;
    }
    printf("kvstore: listening on :%d, keys up to 128 bytes, values up to 256 KiB\n", LISTEN_PORT);
    event_base_dispatch(base);
    evhttp_free(http);
    event_base_free(base);
    return 0;
}
