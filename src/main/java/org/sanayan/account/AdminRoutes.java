package org.sanayan.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sanayan.account.AdminPages.UserPage;
import org.sanayan.account.AdminPages.UserRow;
import org.sanayan.account.AdminPages.UsersPage;
import org.sanayan.web.Chrome.Crumb;
import org.sanayan.web.Forms;
import org.sanayan.web.Messages;
import org.sanayan.web.Views;

/** The admin's user pages: search, roles, deactivation. Everyone else gets 403. */
public final class AdminRoutes {

    private static final int PAGE = 50;

    private final UserRepository users;
    private final Views views;
    private final Clock clock;
    private final DateTimeFormatter dates;
    private final List<java.util.function.BiFunction<Context, Long, gg.jte.Content>> sections = new ArrayList<>();

    public AdminRoutes(UserRepository users, Views views, Clock clock, ZoneId zone) {
        this.users = users;
        this.views = views;
        this.clock = clock;
        this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
    }

    /** Adds a section (rendered HTML) to the admin's page of one user, e.g. the quiz feature's extra attempts. */
    public void addSection(java.util.function.BiFunction<Context, Long, gg.jte.Content> section) {
        sections.add(section);
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/users", this::list);
        routes.get("/admin/users/{id}", this::show);
        routes.post("/admin/users/{id}/roles", this::setRoles);
        routes.post("/admin/users/{id}/active", this::setActive);
    }

    /** The current user when they are an admin; 403 for everyone else (login first when anonymous). */
    public static CurrentUser requireAdmin(Context ctx) {
        CurrentUser user = Sessions.require(ctx);
        if (!user.admin()) {
            throw new ForbiddenResponse("error.403.text");
        }
        return user;
    }

    void list(Context ctx) {
        requireAdmin(ctx);
        Messages t = views.messages(ctx);
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        List<User> found = users.search(q, PAGE + 1);
        List<UserRow> rows = new ArrayList<>();
        List<User> shown = found.stream().limit(PAGE).toList();
        var roles = users.roles(shown.stream().map(User::id).toList()); // one query for the whole page
        shown.forEach(u -> rows.add(row(u, roles.getOrDefault(u.id(), List.of()), t)));
        views.render(ctx, "admin/users.jte", new UsersPage(views.chrome(ctx, t.t("admin.users.title"), List.of()), q,
                rows, found.size() > PAGE));
    }

    void show(Context ctx) {
        CurrentUser admin = requireAdmin(ctx);
        render(ctx, admin, user(ctx), notice(ctx), null);
    }

    void setRoles(Context ctx) {
        CurrentUser admin = requireAdmin(ctx);
        User user = user(ctx);
        List<Role.Grant> grants = new ArrayList<>();
        String school = Forms.field(ctx, "school", 20).strip();
        Long schoolId = null;
        if (!school.isEmpty()) {
            try {
                schoolId = Long.parseLong(school);
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("admin.school.invalid");
            }
        }
        if (Forms.checked(ctx, "instructor")) {
            grants.add(new Role.Grant(Role.INSTRUCTOR, schoolId));
        }
        if (Forms.checked(ctx, "school_admin")) {
            grants.add(new Role.Grant(Role.SCHOOL_ADMIN, schoolId));
        }
        boolean makeAdmin = Forms.checked(ctx, "admin");
        if (user.id() == admin.id() && !makeAdmin) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, admin, user, null, views.messages(ctx).t("admin.selfDemote"));
            return;
        }
        if (makeAdmin) {
            grants.add(new Role.Grant(Role.ADMIN, null));
        }
        users.setRoles(user.id(), grants, clock.instant());
        ctx.redirect("/admin/users/" + user.id() + "?notice=roles", HttpStatus.SEE_OTHER);
    }

    void setActive(Context ctx) {
        CurrentUser admin = requireAdmin(ctx);
        User user = user(ctx);
        boolean active = Forms.checked(ctx, "active");
        if (user.id() == admin.id() && !active) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, admin, user, null, views.messages(ctx).t("admin.selfDeactivate"));
            return;
        }
        users.setActive(user.id(), active);
        ctx.redirect("/admin/users/" + user.id() + "?notice=" + (active ? "activated" : "deactivated"),
                HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, CurrentUser admin, User user, String notice, String error) {
        Messages t = views.messages(ctx);
        List<Role.Grant> grants = users.roles(user.id());
        String school = grants.stream().filter(g -> g.schoolId() != null).map(g -> String.valueOf(g.schoolId()))
                .findFirst().orElse("");
        views.render(ctx, "admin/user.jte", new UserPage(views.chrome(ctx, user.name(),
                List.of(new Crumb(t.t("admin.users.title"), "/admin/users"), new Crumb(user.name(), null))),
                row(user, grants, t), has(grants, Role.INSTRUCTOR), has(grants, Role.SCHOOL_ADMIN), has(grants, Role.ADMIN),
                school, user.id() == admin.id(), notice, error,
                sections.stream().map(sec -> sec.apply(ctx, user.id())).toList()));
    }

    private String notice(Context ctx) {
        String n = ctx.queryParam("notice");
        return n != null && List.of("roles", "activated", "deactivated", "attempts").contains(n)
                ? views.messages(ctx).t("admin.notice." + n) : null;
    }

    private User user(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("error.404.text");
        }
        return users.find(id).orElseThrow(() -> new NotFoundResponse("error.404.text"));
    }

    private UserRow row(User u, List<Role.Grant> grants, Messages t) {
        String roles = grants.stream()
                .map(g -> t.t("role." + g.role().word()) + (g.schoolId() == null ? "" : " (" + g.schoolId() + ")"))
                .collect(Collectors.joining(", "));
        return new UserRow(u.id(), u.name(), u.email(), roles, u.active(), u.verified(), dates.format(u.createdAt()));
    }

    private static boolean has(List<Role.Grant> grants, Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }
}
