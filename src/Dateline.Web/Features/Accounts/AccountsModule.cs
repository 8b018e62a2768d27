using Dateline.Web.Features.Accounts.Api;
using Dateline.Web.Features.Accounts.Cli;
using Dateline.Web.Infrastructure.Cli;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Accounts;

public static class AccountsModule
{
    public const string SignInPath = "/newsroom/sign-in";

    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<NewsroomOptions>().BindConfiguration(NewsroomOptions.SectionName);

        services.AddIdentity<NewsroomUser, IdentityRole<int>>(o =>
            {
                o.User.RequireUniqueEmail = true;

                // Length over composition rules (NIST SP 800-63B): a long passphrase beats "Passw0rd!".
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;

                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<DatelineDbContext>()
            .AddSignInManager<NewsroomSignInManager>()
            .AddClaimsPrincipalFactory<NewsroomClaimsPrincipalFactory>()
            .AddErrorDescriber<NewsroomIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // A disabled user, a password reset or "sign out everywhere" changes the security stamp; a cookie is checked
        // against it (and its roles re-read) every SessionCheckInterval.
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<NewsroomOptions>>((o, newsroom) => o.ValidationInterval = newsroom.Value.SessionCheckInterval);
        services.Configure<RateLimiterOptions>(o => o.AddPolicy<string, SignInRateLimitPolicy>(SignInRateLimitPolicy.Name));

        services.ConfigureApplicationCookie(o =>
        {
            // __Host- binds the cookie to this exact host over HTTPS with Path=/ (it must reach /newsroom and the
            // newsroom API alike); Lax, not Strict, so that a link to a story in an e-mail opens signed in.
            o.Cookie.Name = "__Host-dateline-newsroom";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.LoginPath = SignInPath;
            o.LogoutPath = "/newsroom/sign-out";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => NewsroomProblems.IsApiRequest(context.Request)
                ? NewsroomProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Sign in or send an API token.")
                : Redirect(context);
            // A signed-in user without the role gets a 403 where they are (the status page renders it), not a redirect.
            o.Events.OnRedirectToAccessDenied = context => NewsroomProblems.IsApiRequest(context.Request)
                ? NewsroomProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Your role may not do this.")
                : SetStatus(context.Response, StatusCodes.Status403Forbidden);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, HardenCookie);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, HardenCookie);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, HardenCookie);

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "__Host-dateline-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = NewsroomAuthentication.Scheme;
                o.DefaultAuthenticateScheme = NewsroomAuthentication.Scheme;
                o.DefaultChallengeScheme = NewsroomAuthentication.Scheme;
                o.DefaultForbidScheme = NewsroomAuthentication.Scheme;
            })
            .AddPolicyScheme(NewsroomAuthentication.Scheme, "Newsroom cookie or API token", o =>
                o.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? NewsroomAuthentication.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(NewsroomAuthentication.BearerScheme, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(NewsroomPolicies.Contributor, Policy(NewsroomRoles.Contributor, NewsroomRoles.Editor, NewsroomRoles.Admin))
            .AddPolicy(NewsroomPolicies.Editor, Policy(NewsroomRoles.Editor, NewsroomRoles.Admin))
            .AddPolicy(NewsroomPolicies.Admin, Policy(NewsroomRoles.Admin));

        services.AddScoped<ApiTokens>();
        services.AddScoped<NewsroomAccounts>();
        services.AddSingleton<ICliVerb, UsersVerb>();
        services.AddSingleton<ICliVerb, TokensVerb>();
        services.AddScoped<IStartupDataStep, NewsroomRoleSeeder>();
        return builder;
    }

    /// <summary>Authentication and authorization, and the newsroom's response headers; after routing, before the output cache.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        // First, so the challenge redirect and the 401/403 of the newsroom carry the headers too.
        app.UseMiddleware<NewsroomResponseHeaders>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AdminTwoFactorGate>();
        return app;
    }

    /// <summary>
    /// Status pages under /newsroom (a 403 for a role that may not, a 404) in the newsroom's shell rather than the
    /// public site's; goes inside the site's own status-page middleware and before routing.
    /// </summary>
    public static WebApplication UseNewsroomStatusPages(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/newsroom"),
            newsroom => newsroom.UseStatusCodePagesWithReExecute("/newsroom/status/{0}"));
        return app;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.MapAccountsApi();
        return app;
    }

    /// <summary>
    /// Every page under /newsroom requires at least a Contributor unless it says [AllowAnonymous] (the sign-in page):
    /// a page added without an attribute is closed, not open.
    /// </summary>
    public static TBuilder RequireNewsroomRoleUnderNewsroom<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && NewsroomResponseHeaders.IsNewsroomPath(route.RoutePattern.RawText))
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(NewsroomPolicies.Contributor));
            }
        });
        return builder;
    }

    private static Action<AuthorizationPolicyBuilder> Policy(params string[] roles) => policy => policy
        .AddAuthenticationSchemes(NewsroomAuthentication.Scheme)
        .RequireAuthenticatedUser()
        .RequireRole(roles);

    private static void HardenCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        o.Cookie.SameSite = SameSiteMode.Strict;
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task SetStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
