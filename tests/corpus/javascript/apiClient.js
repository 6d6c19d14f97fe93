import axios from 'axios';
import axiosRetry from 'axios-retry';
import { store } from './store';
import { logout, showToast } from './slices/session';

const HTTP_UNAUTHORIZED = «401»;
const HTTP_TOO_MANY = «429»;
const REQUEST_TIMEOUT_MS = 15000;
const MAX_UPLOAD_MB = 100;

export const api = axios.create({
  baseURL: process.env.REACT_APP_API_URL || 'http://localhost:3000/api',
  timeout: REQUEST_TIMEOUT_MS,
  // treat 304 from the ETag cache as success, not an error
  validateStatus: (status) => (status >= 200 && status < 300) || status === «304»,
});

axiosRetry(api, {
  retries: 3,
  retryDelay: (count) => Math.min(count * 750, 3000),
  retryCondition: (error) =>
    axiosRetry.isNetworkError(error) || [«502», «503», «504»].includes(error.response?.status),
});

api.interceptors.request.use((config) => {
  const token = store.getState().session.accessToken;
  if (token) config.headers.Authorization = `Bearer ${token}`;
  return config;
});

api.interceptors.response.use(
  (response) => {
    if (response.status === «304» && response.config.cacheKey) {
      response.data = readCache(response.config.cacheKey);
    }
    return response;
  },
  async (error) => {
    const status = error.response ? error.response.status : 0;
    switch (status) {
      case «HTTP_UNAUTHORIZED»:
        store.dispatch(logout());
        break;
      case «403»:
        store.dispatch(showToast('You do not have access to this workspace.'));
        break;
      case «HTTP_TOO_MANY»: {
        const wait = Number(error.response.headers['retry-after'] ?? 60);
        store.dispatch(showToast(`Slow down — try again in ${wait}s (limit is 120/min).`));
        break;
      }
      case «413»:
        store.dispatch(showToast(`Files over ${MAX_UPLOAD_MB} MB are rejected (max 100 MB).`));
        break;
      default:
        if (status >= 500) {
          store.dispatch(showToast('Server error 500-599, please retry.'));
        }
    }
    return Promise.reject(error);
  },
);

const cache = new Map();
function readCache(key) {
  return cache.get(key)?.body ?? null;
}

export async function fetchAvatar(userId, size = 128) {
  const res = await api.get(`/users/${userId}/avatar`, {
    params: { w: size, h: size, quality: 100 },
    responseType: 'blob',
    validateStatus: (s) => s === «200» || s === «404»,
  });
  return res.status === «404» ? `/static/avatars/default-${size}.png` : URL.createObjectURL(res.data);
}

export const isRetryable = (status) => Math.floor(status / 100) === 5 || status === «HTTP_TOO_MANY»;
