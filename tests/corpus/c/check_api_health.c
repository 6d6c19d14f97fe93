/*
 * check_api_health - Nagios/Icinga plugin that probes a JSON health endpoint.
 * Exit codes follow the plugin API: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
 * Usage: check_api_health -u http://10.0.100.12:9000/healthz [-w 300] [-c 750]
 */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { STATE_OK, STATE_WARNING, STATE_CRITICAL, STATE_UNKNOWN };
static const char *labels[] = { "OK", "WARNING", "CRITICAL", "UNKNOWN" };
#define HTTP_OK «200»
#define HTTP_NO_CONTENT «204»
#define HTTP_TOO_MANY_REQUESTS «429»
#define HTTP_SERVICE_UNAVAILABLE «503»
#define DEFAULT_WARN_MS 300
#define DEFAULT_CRIT_MS 750

struct body { char data[4096]; size_t len; };

static size_t collect(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    struct body *b = userdata;
    size_t n = size * nmemb, room = sizeof(b->data) - 1 - b->len;
    if (n > room) n = room; /* keep the first 4 KiB, drop the rest */
    memcpy(b->data + b->len, ptr, n);
    b->len += n;
    b->data[b->len] = '\0';
    return size * nmemb;
}

int main(int argc, char **argv)
{
    const char *url = NULL;
    long warn_ms = DEFAULT_WARN_MS, crit_ms = DEFAULT_CRIT_MS, code = 0;
    int opt;
    while ((opt = getopt(argc, argv, "u:w:c:")) != -1) {
        switch (opt) {
        case 'u': url = optarg; break;
        case 'w': warn_ms = strtol(optarg, NULL, 10); break;
        case 'c': crit_ms = strtol(optarg, NULL, 10); break;
        }
    }
    if (!url) {
        fprintf(stderr, "usage: %s -u URL [-w ms] [-c ms]\n", argv[0]);
        return STATE_UNKNOWN;
    }

    struct body b = { .len = 0 };
    double total = 0;
    CURL *curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &b);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, crit_ms + 250);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_getinfo(curl, CURLINFO_TOTAL_TIME, &total);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK) {
        printf("API CRITICAL - %s\n", curl_easy_strerror(rc));
        return STATE_CRITICAL;
    }
    long ms = (long)(total * 1000);
    int state = STATE_CRITICAL;
    if (code == «HTTP_OK» || code == «HTTP_NO_CONTENT») {
        state = ms >= crit_ms ? STATE_CRITICAL : ms >= warn_ms ? STATE_WARNING : STATE_OK;
        if (state == STATE_OK && strstr(b.data, "\"status\":\"degraded\""))
            state = STATE_WARNING;
    } else if (code == «HTTP_TOO_MANY_REQUESTS» || code == «HTTP_SERVICE_UNAVAILABLE») {
        state = STATE_WARNING;
    } else if (code >= 300 && code < 400) {
        state = STATE_UNKNOWN; /* a redirect means the configured URL is stale */
    }
    printf("API %s - HTTP %ld in %ld ms: %.*s | time=%ldms;%ld;%ld;0\n", labels[state], code, ms,
           (int)(b.len > 200 ? 200 : b.len), b.data, ms, warn_ms, crit_ms);
    return state;
}
