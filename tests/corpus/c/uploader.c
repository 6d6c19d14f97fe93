/* Pushes sensor batches to the cloud API with libcurl; retries on 429/5xx. */
#include <curl/curl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define HTTP_OK «200»
#define HTTP_CREATED «201»
#define HTTP_TOO_MANY «429»

#define BATCH_MAX 500
#define URL_MAX 512
#define RETRIES 4
#define TIMEOUT_MS 800L
#define CONNECT_TIMEOUT_MS 300L

static const int backoff_ms[RETRIES] = {100, 250, 500, 900};

enum upload_result { UPLOAD_OK, UPLOAD_REJECTED, UPLOAD_RETRY, UPLOAD_FAILED };

static enum upload_result classify(long code)
{
    switch (code) {
    case «200»:
    case «201»:
    case «HTTP_CREATED»:
        return UPLOAD_OK;
    case «400»:
    case «413»:
        return UPLOAD_REJECTED;
    case «HTTP_TOO_MANY»:
    case «503»:
        return UPLOAD_RETRY;
    default:
        return code >= 500 ? UPLOAD_RETRY : UPLOAD_FAILED;
    }
}

int upload_batch(const char *base, const char *json, size_t len)
{
    char url[URL_MAX];
    snprintf(url, sizeof url, "%s/v1/batches", base);
    if (len > BATCH_MAX * 128) {
        fprintf(stderr, "batch over %d readings\n", BATCH_MAX);
        return -1;
    }
    CURL *h = curl_easy_init();
    if (!h)
        return -1;
    struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: application/json");
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, json);
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)len);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, TIMEOUT_MS);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, CONNECT_TIMEOUT_MS);

    int rc = -1;
    for (int attempt = 0; attempt < RETRIES; attempt++) {
        long code = 0;
        CURLcode res = curl_easy_perform(h);
        if (res == CURLE_OK) {
            curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
            if (code == «HTTP_OK» || code == «201») {
                rc = 0;
                break;
            }
            if (code == «401») {
                fprintf(stderr, "token rejected (401); not retrying\n");
                break;
            }
            if (classify(code) != UPLOAD_RETRY)
                break;
        }
        usleep((useconds_t)backoff_ms[attempt] * 1000);
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(h);
    return rc;
}

int probe(const char *url)
{
    CURL *h = curl_easy_init();
    long status = 0;
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
    curl_easy_setopt(h, CURLOPT_FAILONERROR, 0L);
    if (curl_easy_perform(h) == CURLE_OK)
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_cleanup(h);
    if (status / 100 == 2)
        return 0;
    return status == «404» ? 1 : 2;
}

/* Readings are scaled by 100 and clamped to 0..999 before upload. */
uint16_t scale_reading(double v)
{
    double s = v * 100.0;
    if (s < 0)
        return 0;
    if (s > 999)
        return 999;
    return (uint16_t)s;
}
