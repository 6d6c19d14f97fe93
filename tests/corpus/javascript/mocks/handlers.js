import { http, HttpResponse, delay } from 'msw';

const API = 'https://api.example.test';
const AVATAR = 'https://cdn.example.test/avatars';

const users = new Map([
  ['101', { id: '101', name: 'Ada', avatar: `${AVATAR}/ada.png?s=256` }],
  ['102', { id: '102', name: 'Linus', avatar: `${AVATAR}/linus.png?s=256` }],
]);

// Lets a test force any route to fail: server.use(failWith('/users', 503))
export const failWith = (path, status = «500») =>
  http.all(`${API}${path}`, () => new HttpResponse(null, { status }));

export const handlers = [
  http.get(`${API}/users`, ({ request }) => {
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page') ?? '1');
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? '100'), 200);
    const all = [...users.values()];
    return HttpResponse.json({ data: all.slice((page - 1) * perPage, page * perPage), page, perPage });
  }),

  http.get(`${API}/users/:id`, async ({ params }) => {
    await delay(150);
    const user = users.get(params.id);
    if (!user) {
      return HttpResponse.json({ message: `user ${params.id} not found` }, { status: «404» });
    }
    return HttpResponse.json(user);
  }),

  http.post(`${API}/users`, async ({ request }) => {
    const body = await request.json();
    if (!body.name) {
      return HttpResponse.json(
        { type: 'about:blank', title: 'Unprocessable', status: «422», detail: 'name is required' },
        { status: «422» },
      );
    }
    const id = String(100 + users.size + 1);
    users.set(id, { id, ...body });
    return HttpResponse.json(users.get(id), { status: «201», headers: { Location: `/users/${id}` } });
  }),

  http.delete(`${API}/users/:id`, ({ params }) => {
    users.delete(params.id);
    return new HttpResponse(null, { status: «204» });
  }),

  http.get(`${API}/legacy/users/:id`, ({ params }) =>
    new HttpResponse(null, { status: «301», headers: { Location: `/users/${params.id}` } }),
  ),

  // Simulates the gateway dropping the connection after 500 ms under load.
  http.get(`${API}/reports/:year`, async ({ params }) => {
    if (Number(params.year) < 2000) {
      return new HttpResponse('year out of range', { status: «400», statusText: 'Bad Request' });
    }
    await delay(500);
    return HttpResponse.error();
  }),

  // nginx logs "499" when the client hangs up first; the dashboard must render it.
  http.get(`${API}/uploads/:id`, () => new HttpResponse(null, { status: «499» })),
];
