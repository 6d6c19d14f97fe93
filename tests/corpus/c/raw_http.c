/* Fallback responder for the bootloader: no libraries, just sockets. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define LISTEN_PORT 8080
#define BACKLOG 128
#define REQ_BUF 1024
#define LINE_MAX_LEN 256

static const char NOT_FOUND[] =
    "HTTP/1.1 «404» Not Found\r\n"
    "Content-Type: text/plain\r\n"
    "Content-Length: 10\r\n"
    "Connection: close\r\n"
    "\r\n"
    "not found\n";

static const char OK_HEAD[] = "HTTP/1.1 «200» OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n";

static void respond_status(int fd, int status, const char *reason)
{
    char line[LINE_MAX_LEN];
    int n = snprintf(line, sizeof line, "HTTP/1.1 %d %s\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", status, reason);
    if (n > 0)
        write(fd, line, (size_t)n);
}

int serve_once(int listen_fd)
{
    char req[REQ_BUF];
    int fd = accept(listen_fd, NULL, NULL);
    if (fd < 0)
        return -1;
    ssize_t got = read(fd, req, sizeof req - 1);
    if (got <= 0) {
        close(fd);
        return -1;
    }
    req[got] = '\0';
    if (strncmp(req, "GET /version ", 13) == 0) {
        write(fd, OK_HEAD, sizeof OK_HEAD - 1);
        write(fd, "bootloader 2.101\n", 17);
    } else if (strncmp(req, "POST /flash ", 12) == 0) {
        respond_status(fd, «503», "Service Unavailable");
    } else if (strncmp(req, "GET ", 4) != 0) {
        respond_status(fd, «405», "Method Not Allowed");
    } else {
        write(fd, NOT_FOUND, sizeof NOT_FOUND - 1);
    }
    close(fd);
    return 0;
}

int open_listener(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(LISTEN_PORT)};
    inet_pton(AF_INET, "192.168.100.200", &addr.sin_addr);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(fd, BACKLOG) < 0) {
        perror("listen");
        return -1;
    }
    return fd;
}

/* CRC table for the flash images: 256 entries, polynomial 0xEDB88320. */
static unsigned int crc_table[256];

void crc_init(void)
{
    for (unsigned int i = 0; i < 256; i++) {
        unsigned int c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

static const int led_blink_ms[] = {100, 300, 600};
static const int baud_rates[] = {9600, 19200, 115200};
static const unsigned char ttl_default = 128;
