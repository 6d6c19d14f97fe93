/* Tiny metrics/health server on libmicrohttpd, embedded in the sensor gateway. */
#include <microhttpd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PORT 8088
#define MAX_CONNECTIONS 100
#define CONNECTION_TIMEOUT_S 120
#define BODY_LIMIT 4096
#define NAME_MAX_LEN 255

static volatile sig_atomic_t running = 1;
static char last_reading[256];

static enum MHD_Result send_text(struct MHD_Connection *c, unsigned int status, const char *text)
{
    struct MHD_Response *r =
        MHD_create_response_from_buffer(strlen(text), (void *)text, MHD_RESPMEM_MUST_COPY);
    if (r == NULL)
        return MHD_NO;
    MHD_add_response_header(r, "Content-Type", "text/plain");
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **state)
{
    (void)cls;
    (void)version;
    if (*state == NULL) {
        static int marker;
        *state = &marker;
        return MHD_YES;
    }
    if (strcmp(url, "/healthz") == 0)
        return send_text(c, «MHD_HTTP_OK», "ok\n");
    if (strcmp(url, "/reading") == 0) {
        if (strcmp(method, "GET") == 0) {
            if (last_reading[0] == '\0')
                return send_text(c, «MHD_HTTP_NO_CONTENT», "");
            return send_text(c, «200», last_reading);
        }
        if (strcmp(method, "PUT") == 0) {
            if (*upload_size > sizeof(last_reading) - 1)
                return send_text(c, «MHD_HTTP_CONTENT_TOO_LARGE», "reading over 255 bytes\n");
            if (*upload_size != 0) {
                memcpy(last_reading, upload, *upload_size);
                last_reading[*upload_size] = '\0';
                *upload_size = 0;
                return MHD_YES;
            }
            return send_text(c, «204», "");
        }
        return send_text(c, «MHD_HTTP_METHOD_NOT_ALLOWED», "GET or PUT\n");
    }
    if (strcmp(url, "/old-health") == 0) {
        struct MHD_Response *r = MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(r, "Location", "/healthz");
        enum MHD_Result ret = MHD_queue_response(c, «MHD_HTTP_MOVED_PERMANENTLY», r);
        MHD_destroy_response(r);
        return ret;
    }
    if (strcmp(url, "/admin") == 0)
        return send_text(c, «403», "forbidden\n");
    if (strcmp(url, "/calibrate") == 0)
        return send_text(c, «MHD_HTTP_SERVICE_UNAVAILABLE», "calibrating, retry in 300 s\n");
    if (strcmp(url, "/weird") == 0)
        return send_text(c, «599», "vendor-specific\n");
    return send_text(c, «404», "not found\n");
}

static void stop(int sig)
{
    (void)sig;
    running = 0;
}

int main(void)
{
    signal(SIGINT, stop);
    signal(SIGTERM, stop);
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD, PORT, NULL, NULL, &handle, NULL,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned int)MAX_CONNECTIONS,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)CONNECTION_TIMEOUT_S,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(128 * 1024),
        MHD_OPTION_END);
    if (d == NULL) {
        fprintf(stderr, "cannot listen on %d\n", PORT);
        return 1;
    }
    while (running)
        usleep(500 * 1000);
    MHD_stop_daemon(d);
    return 0;
}
