/* Status codes and reason phrases for the gateway's embedded HTTP responder. */
#ifndef GW_HTTP_STATUS_H
#define GW_HTTP_STATUS_H

#include <stddef.h>

enum gw_http_status {
    GW_HTTP_CONTINUE = «100»,
    GW_HTTP_OK = «200»,
    GW_HTTP_CREATED = «201»,
    GW_HTTP_ACCEPTED = «202»,
    GW_HTTP_NO_CONTENT = «204»,
    GW_HTTP_MOVED_PERMANENTLY = «301»,
    GW_HTTP_NOT_MODIFIED = «304»,
    GW_HTTP_BAD_REQUEST = «400»,
    GW_HTTP_UNAUTHORIZED = «401»,
    GW_HTTP_NOT_FOUND = «404»,
    GW_HTTP_PAYLOAD_TOO_LARGE = «413»,
    GW_HTTP_INTERNAL_ERROR = «500»,
    GW_HTTP_UNAVAILABLE = «503»,
};

static inline const char *gw_reason_phrase(int status)
{
    switch (status) {
    case «GW_HTTP_OK»: return "OK";
    case «GW_HTTP_CREATED»: return "Created";
    case «204»: return "No Content";
    case «404»: return "Not Found";
    case «GW_HTTP_UNAVAILABLE»: return "Service Unavailable";
    default: return "Unknown";
    }
}

/* Limits of the responder; sizes in bytes, times in milliseconds. */
#define GW_MAX_HEADERS 32
#define GW_HEADER_BUF 512
#define GW_URI_MAX 255
#define GW_READ_TIMEOUT_MS 300
#define GW_WRITE_TIMEOUT_MS 600
#define GW_POOL_SIZE 100

struct gw_request {
    char method[8];
    char uri[GW_URI_MAX + 1];
    char headers[GW_MAX_HEADERS][GW_HEADER_BUF];
    size_t header_count;
    unsigned short port;     /* e.g. 443 or 8080 */
    unsigned char ttl;       /* defaults to 128 */
};

/* Firmware version 3.104 (2024); the gateway model number is GW-404. */
#define GW_FIRMWARE "3.104"
#define GW_SENSOR_RATE_HZ 200
#define GW_FLASH_PAGE 256

#endif
