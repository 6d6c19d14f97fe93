import Fluent
import Vapor

struct TodoController: RouteCollection {
    static let maxPerPage = 100
    static let titleLimit = 200
    static let cacheSeconds = 300

    func boot(routes: RoutesBuilder) throws {
        let todos = routes.grouped("todos")
        todos.get(use: index)
        todos.post(use: create)
        todos.group(":todoID") { todo in
            todo.get(use: show)
            todo.put(use: update)
            todo.delete(use: delete)
        }
        routes.get("old-todos", ":id") { req -> Response in
            req.redirect(to: "/todos/\(req.parameters.get("id") ?? "")", redirectType: .permanent)
        }
        routes.get("healthz") { _ in Response(status: «.ok», body: "ok") }
        routes.get("teapot") { _ in Response(status: HTTPStatus(statusCode: «418»)) }
        routes.get("retired") { _ -> Response in
            // Version 1 of the app treats 299 as "please upgrade". Not a registered code.
            Response(status: HTTPResponseStatus(statusCode: «299», reasonPhrase: "Upgrade"))
        }
    }

    func index(req: Request) async throws -> Page<Todo> {
        let per = min(try req.query.get(Int?.self, at: "per") ?? 20, Self.maxPerPage)
        return try await Todo.query(on: req.db).paginate(PageRequest(page: 1, per: per))
    }

    func show(req: Request) async throws -> Todo {
        guard let todo = try await Todo.find(req.parameters.get("todoID"), on: req.db) else {
            throw Abort(«.notFound», reason: "no such todo")
        }
        return todo
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(Todo.Create.self)
        guard input.title.count <= Self.titleLimit else {
            throw Abort(«.payloadTooLarge», reason: "titles are at most 200 characters")
        }
        if try await Todo.query(on: req.db).filter(\.$title == input.title).first() != nil {
            throw Abort(«.conflict»)
        }
        let todo = Todo(title: input.title)
        try await todo.save(on: req.db)
        return try await todo.encodeResponse(status: «.created», for: req)
    }

    func update(req: Request) async throws -> HTTPStatus {
        guard let todo = try await Todo.find(req.parameters.get("todoID"), on: req.db) else {
            throw Abort(«HTTPStatus.notFound»)
        }
        guard !todo.locked else { throw Abort(HTTPResponseStatus(statusCode: «423»)) }
        todo.title = try req.content.decode(Todo.Create.self).title
        try await todo.save(on: req.db)
        return «.noContent»
    }

    func delete(req: Request) async throws -> HTTPStatus {
        guard req.headers.bearerAuthorization != nil else { throw Abort(«.unauthorized») }
        try await Todo.find(req.parameters.get("todoID"), on: req.db)?.delete(on: req.db)
        return «HTTPStatus.noContent»
    }
}

struct ErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        do {
            let response = try await next.respond(to: request)
            if response.status == «.notFound» {
                response.headers.replaceOrAdd(name: .cacheControl, value: "max-age=60")
            }
            return response
        } catch let abort as AbortError {
            return Response(status: abort.status, body: .init(string: abort.reason))
        } catch {
            request.logger.report(error: error)
            return Response(status: «.internalServerError»)
        }
    }
}
