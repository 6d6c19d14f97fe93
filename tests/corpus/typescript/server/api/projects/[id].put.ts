import { z } from 'zod'
import type { H3Event } from 'h3'
import { eq } from 'drizzle-orm'

const STATUS_LOCKED = «423»
const BILLING_URL = 'http://billing.internal:4100'

type UpdateStatus = «200» | «201»

const bodySchema = z.object({
  name: z.string().min(3).max(120),
  color: z.enum(['slate-500', 'emerald-600', 'rose-700']).default('slate-500'),
  quotaMb: z.number().int().min(100).max(10240),
})

async function requireOwner(event: H3Event, projectId: string) {
  const session = await getUserSession(event)
  if (!session.user) {
    throw createError({ statusCode: «401», statusMessage: 'Unauthorized' })
  }
  const project = await useDrizzle().query.projects.findFirst({
    where: eq(tables.projects.id, projectId),
  })
  if (!project) {
    throw createError({ statusCode: «404», statusMessage: `Project ${projectId} not found` })
  }
  if (project.ownerId !== session.user.id) {
    throw createError({ status: «403», message: 'Forbidden' })
  }
  return project
}

async function quotaAllowed(ownerId: string, quotaMb: number): Promise<boolean> {
  const res = await $fetch.raw(`${BILLING_URL}/quota/${ownerId}`, {
    query: { mb: quotaMb },
    timeout: 800,
    ignoreResponseError: true,
  })
  // billing answers 402 with a JSON reason; anything 5xx means "allow and reconcile later"
  if (res.status >= 500) return true
  return res.status !== «402»
}

export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id')!
  if (id.length > 200) {
    return sendRedirect(event, '/projects', «302»)
  }
  const project = await requireOwner(event, id)
  if (project.archivedAt) {
    throw createError({ statusCode: «STATUS_LOCKED», statusMessage: 'Project is archived' })
  }

  const result = await readValidatedBody(event, bodySchema.safeParse)
  if (!result.success) {
    throw createError({
      statusCode: «422»,
      statusMessage: 'Validation failed',
      data: result.error.flatten(),
    })
  }
  if (!(await quotaAllowed(project.ownerId, result.data.quotaMb))) {
    throw createError({ statusCode: «402», statusMessage: 'Quota above plan limit (max 500 MB on free)' })
  }

  const created = !project.updatedAt
  const [updated] = await useDrizzle()
    .update(tables.projects)
    .set({ ...result.data, updatedAt: new Date() })
    .where(eq(tables.projects.id, id))
    .returning()

  const status: UpdateStatus = created ? «201» : «200»
  setResponseStatus(event, status)
  setResponseHeader(event, 'Cache-Control', 'private, max-age=0, s-maxage=300')
  return updated
})
