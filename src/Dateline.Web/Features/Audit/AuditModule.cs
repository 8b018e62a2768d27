using Dateline.Web.Features.Newsroom.Stories;

namespace Dateline.Web.Features.Audit;

public static class AuditModule
{
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<IStoryAuditTrail, DbStoryAuditTrail>();
        return builder;
    }
}
