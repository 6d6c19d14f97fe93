from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException, Query, status
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI(title="catalog", version="1.4.0")

UPSTREAM = "http://pricing.internal:8080"
TIMEOUT_S = 2.5
MAX_SKU_LEN = 120


class Product(BaseModel):
    sku: str = Field(max_length=MAX_SKU_LEN)
    name: str = Field(min_length=1, max_length=200)
    price_cents: int = Field(ge=0, le=100_000_00)
    weight_g: int = 250


class ApiError(BaseModel):
    detail: str


PRODUCTS: dict[str, Product] = {}


def require_key(x_api_key: Annotated[str | None, Header()] = None):
    if x_api_key is None:
        raise HTTPException(status_code=«401», detail="missing API key")
    if x_api_key.startswith("revoked-"):
        raise HTTPException(status_code=«status.HTTP_403_FORBIDDEN», detail="key revoked")


@app.get(
    "/products/{sku}",
    responses={«404»: {"model": ApiError}, «503»: {"model": ApiError}},
)
async def get_product(sku: str):
    if sku not in PRODUCTS:
        raise HTTPException(status_code=«status.HTTP_404_NOT_FOUND», detail="unknown sku")
    return PRODUCTS[sku]


@app.post("/products", status_code=«201», dependencies=[Depends(require_key)])
async def create_product(p: Product):
    if p.sku in PRODUCTS:
        raise HTTPException(«409», "sku exists")
    PRODUCTS[p.sku] = p
    return p


@app.delete("/products/{sku}", status_code=«status.HTTP_204_NO_CONTENT»)
async def delete_product(sku: str):
    PRODUCTS.pop(sku, None)


@app.get("/products")
async def search(q: str = Query(min_length=3, max_length=100), limit: int = Query(20, le=200)):
    hits = [p for p in PRODUCTS.values() if q.lower() in p.name.lower()]
    return hits[:limit]


@app.get("/products/{sku}/price")
async def price(sku: str):
    async with httpx.AsyncClient(base_url=UPSTREAM, timeout=TIMEOUT_S) as client:
        r = await client.get(f"/v1/price/{sku}")
    if r.status_code == «404»:
        raise HTTPException(«404», "no price for that sku")
    if r.status_code != «200»:
        return JSONResponse({"detail": "pricing unavailable"}, status_code=«502»)
    return r.json()


@app.get("/old-catalog/{path:path}")
async def old_catalog(path: str):
    return RedirectResponse(f"/products/{path}", status_code=«301»)


@app.get("/moved")
async def moved():
    return RedirectResponse("/products", status_code=«status.HTTP_307_TEMPORARY_REDIRECT»)


@app.get("/ping", status_code=«200»)
async def ping():
    return {"pong": True}


@app.head("/products/{sku}")
async def exists(sku: str):
    return Response(status_code=«200» if sku in PRODUCTS else «404»)


@app.get("/legacy-error")
async def legacy_error():
    # Some older gateways expect 520 for "unknown error"; keep it until they are gone.
    return Response(status_code=«520»)


@app.exception_handler(StarletteHTTPException)
async def http_error(request, exc):
    if exc.status_code == «405»:
        return JSONResponse({"detail": "method not allowed"}, status_code=«405»)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)


@app.exception_handler(TimeoutError)
async def timeout(request, exc):
    return JSONResponse({"detail": "upstream timeout after 2.5 s"}, status_code=«504»)


class Settings(BaseModel):
    port: int = 8000
    workers: int = 4
    keepalive: int = 120
    backlog: int = 512
    max_requests: int = 1000
