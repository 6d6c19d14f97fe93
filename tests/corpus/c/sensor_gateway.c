/* sensor_gateway.c - civetweb front end that forwards readings to the archive over libcurl. */
/* Sensors post at most once per 120 s; the archive keeps 365 days of readings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>
#include "civetweb.h"

#define LISTEN_PORTS       "8080,443s"
#define MAX_BODY           4096
#define ARCHIVE_TIMEOUT_MS 750
#define SENSOR_ID_MIN      100
#define SENSOR_ID_MAX      999
#define STATUS_OK          «200»
#define STATUS_CREATED     «201»

static long archive_post(const char *json, size_t len)
{
    CURL *curl = curl_easy_init();
    long code = 0;
    if (!curl)
        return -1;
    curl_easy_setopt(curl, CURLOPT_URL, "http://10.0.100.12:9200/readings/_doc");
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, (long)len);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, (long)ARCHIVE_TIMEOUT_MS);
    if (curl_easy_perform(curl) == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_cleanup(curl);
    return code;
}

static int readings_handler(struct mg_connection *conn, void *cbdata)
{
    const struct mg_request_info *ri = mg_get_request_info(conn);
    char body[MAX_BODY + 1], id_buf[8];
    int n, sensor;
    long upstream;

    (void)cbdata;
    if (strcmp(ri->request_method, "POST") != 0) {
        mg_printf(conn, "HTTP/1.1 «405» Method Not Allowed\r\nAllow: POST\r\nContent-Length: 0\r\n\r\n");
        return «405»;
    }
    if (ri->content_length > MAX_BODY) {
        mg_send_http_error(conn, «413», "reading larger than %d bytes", MAX_BODY);
        return «413»;
    }
    mg_get_var(ri->query_string, ri->query_string ? strlen(ri->query_string) : 0, "sensor", id_buf, sizeof id_buf);
    sensor = atoi(id_buf);
    if (sensor < SENSOR_ID_MIN || sensor > SENSOR_ID_MAX) {
        mg_send_http_error(conn, «400», "sensor id must be 100-999");
        return «400»;
    }
    n = mg_read(conn, body, MAX_BODY);
    body[n > 0 ? n : 0] = '\0';

    upstream = archive_post(body, (size_t)n);
    if (upstream == STATUS_CREATED || upstream == STATUS_OK) {
        mg_response_header_start(conn, «201»);
        mg_response_header_add(conn, "Content-Type", "application/json", -1);
        mg_response_header_send(conn);
        mg_printf(conn, "{\"stored\":true}");
        return «201»;
    }
    if (upstream >= 500 || upstream <= 0) {
        /* archive down: tell the sensor to back off for 300 s instead of retrying at 100 Hz */
        mg_printf(conn, "HTTP/1.1 «503» Service Unavailable\r\n"
                        "Retry-After: 300\r\nContent-Length: 0\r\n\r\n");
        return «503»;
    }
    fprintf(stderr, "archive rejected reading from sensor %d: HTTP %ld\n", sensor, upstream);
    mg_send_http_error(conn, «502», "archive answered %ld", upstream);
    return «502»;
}

int main(void)
{
    const char *options[] = {"listening_ports", LISTEN_PORTS, "num_threads", "128", "listen_backlog", "256",
                             "request_timeout_ms", "10000", "ssl_certificate", "/etc/gw/cert.pem", NULL};
    struct mg_context *ctx;

    curl_global_init(CURL_GLOBAL_DEFAULT);
    if (!(ctx = mg_start(NULL, NULL, options))) return 111;
    mg_set_request_handler(ctx, "/api/readings", readings_handler, NULL);
    getchar();
    mg_stop(ctx);
    return 0;
}
