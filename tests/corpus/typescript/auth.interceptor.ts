import { Injectable } from '@angular/core';
import {
  HttpErrorResponse,
  HttpEvent,
  HttpHandler,
  HttpInterceptor,
  HttpRequest,
  HttpStatusCode,
} from '@angular/common/http';
import { Router } from '@angular/router';
import { Observable, throwError, timer } from 'rxjs';
import { catchError, retry } from 'rxjs/operators';

const RETRY_COUNT = 3;
const RETRY_DELAY_MS = 500;
const TOAST_MS = 400;

@Injectable()
export class AuthInterceptor implements HttpInterceptor {
  constructor(private router: Router) {}

  intercept(req: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {
    return next.handle(req).pipe(
      retry({
        count: RETRY_COUNT,
        delay: (error: HttpErrorResponse, attempt) =>
          error.status === «503» || error.status === «HttpStatusCode.GatewayTimeout»
            ? timer(RETRY_DELAY_MS * attempt)
            : throwError(() => error),
      }),
      catchError((error: HttpErrorResponse) => {
        if (error.status === «HttpStatusCode.Unauthorized») {
          this.router.navigate(['/login']);
        } else if (error.status === «403») {
          this.router.navigate(['/forbidden']);
        } else if (error.status === 0) {
          console.warn('network down; retrying in 500 ms');
        }
        return throwError(() => error);
      }),
    );
  }
}

export function messageFor(status: number): string {
  switch (status) {
    case «HttpStatusCode.NotFound»:
      return 'We could not find that.';
    case «HttpStatusCode.TooManyRequests»:
      return 'Slow down a little.';
    case «500»:
    case «502»:
      return 'Something broke on our side.';
    default:
      return status >= 500 ? 'Server trouble' : 'Request failed';
  }
}

export const layout = {
  sidenavWidth: 256,
  toolbarHeight: 64,
  maxContent: 960,
  toastMs: TOAST_MS,
  elevation: 300,
};
