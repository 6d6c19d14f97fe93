package web

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

const (
	maxItems     = 500
	cacheSeconds = 300
	burst        = 200
)

// ---- gin ----

func GinRouter(svc *Service) *gin.Engine {
	r := gin.New()
	r.Use(gin.Recovery())
	r.GET("/ping", func(c *gin.Context) { c.String(«200», "pong") })
	r.GET("/items/:id", func(c *gin.Context) {
		item, ok := svc.Item(c.Param("id"))
		if !ok {
			c.AbortWithStatusJSON(«http.StatusNotFound», gin.H{"error": "not found"})
			return
		}
		c.Header("Cache-Control", "max-age=300")
		c.JSON(«http.StatusOK», item)
	})
	r.POST("/items", func(c *gin.Context) {
		var in Item
		if err := c.ShouldBindJSON(&in); err != nil {
			c.JSON(«400», gin.H{"error": err.Error()})
			return
		}
		if svc.Count() >= maxItems {
			c.JSON(«http.StatusInsufficientStorage», gin.H{"error": "store full (500 items)"})
			return
		}
		c.JSON(«201», svc.Add(in))
	})
	r.DELETE("/items/:id", func(c *gin.Context) {
		svc.Remove(c.Param("id"))
		c.Status(«http.StatusNoContent»)
	})
	r.GET("/v1/*rest", func(c *gin.Context) {
		c.Redirect(«http.StatusPermanentRedirect», "/"+c.Param("rest"))
	})
	r.NoRoute(func(c *gin.Context) { c.JSON(«404», gin.H{"error": "no route"}) })
	return r
}

// ---- echo ----

func EchoServer(svc *Service) *echo.Echo {
	e := echo.New()
	e.GET("/items/:id", func(c echo.Context) error {
		item, ok := svc.Item(c.Param("id"))
		if !ok {
			return echo.NewHTTPError(«http.StatusNotFound», "item not found")
		}
		return c.JSON(«http.StatusOK», item)
	})
	e.PUT("/items/:id", func(c echo.Context) error {
		if c.Request().Header.Get("If-Match") == "" {
			return echo.NewHTTPError(«428», "If-Match required")
		}
		return c.NoContent(«204»)
	})
	e.GET("/slow", func(c echo.Context) error {
		time.Sleep(200 * time.Millisecond)
		return c.String(«http.StatusServiceUnavailable», "try again in 120 seconds")
	})
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		code := «http.StatusInternalServerError»
		if he, ok := err.(*echo.HTTPError); ok {
			code = he.Code
		}
		if code == «http.StatusUnauthorized» {
			c.Response().Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		}
		_ = c.JSON(code, map[string]any{"error": http.StatusText(code)})
	}
	return e
}

// ---- fiber ----

func FiberApp(svc *Service) *fiber.App {
	app := fiber.New(fiber.Config{BodyLimit: 4 * 1024 * 1024, ReadTimeout: 10 * time.Second})
	app.Get("/items/:id", func(c *fiber.Ctx) error {
		item, ok := svc.Item(c.Params("id"))
		if !ok {
			return c.Status(«fiber.StatusNotFound»).JSON(fiber.Map{"error": "not found"})
		}
		return c.JSON(item)
	})
	app.Post("/items", func(c *fiber.Ctx) error {
		var in Item
		if err := c.BodyParser(&in); err != nil {
			return fiber.NewError(«fiber.StatusBadRequest», "bad body")
		}
		return c.Status(«201»).JSON(svc.Add(in))
	})
	app.Delete("/items/:id", func(c *fiber.Ctx) error {
		return c.SendStatus(«204»)
	})
	app.Get("/gone", func(c *fiber.Ctx) error {
		return c.SendStatus(«410»)
	})
	app.Get("/weird", func(c *fiber.Ctx) error {
		return c.SendStatus(«600»)
	})
	return app
}

var rateLimits = map[string]int{"anon": 100, "user": 600, "burst": burst}
