using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dateline.IntegrationTests.Newsroom.Stories;

/// <summary>
/// The host with a fake clock that tests move by hand and the scheduler's loop off (tests call
/// <see cref="ScheduledPublisher.RunOnceAsync"/>), on SQLite or, for the PostgreSQL subclass, a fresh database.
/// </summary>
public class StoriesFactory : DatelineFactory
{
    public StoriesFactory() : this(DatabaseProvider.Sqlite)
    {
    }

    protected StoriesFactory(DatabaseProvider provider) : base(provider)
    {
        Settings["Newsroom:Scheduler:Enabled"] = "false";
    }

    /// <summary>Starts at the real time unless a test class needs it elsewhere.</summary>
    public FakeTimeProvider Clock { get; init; } = new(DateTimeOffset.UtcNow);

    public static readonly NewsroomActor Editor = new("editor-1", "Eda Editor", NewsroomRoles.Editor);
    public static readonly NewsroomActor OtherEditor = new("editor-2", "Omar Editor", NewsroomRoles.Editor);
    public static readonly NewsroomActor Contributor = new("contributor-1", "Cora Contributor", NewsroomRoles.Contributor);
    public static readonly NewsroomActor OtherContributor = new("contributor-2", "Carl Contributor", NewsroomRoles.Contributor);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Runs <paramref name="work"/> with a fresh request scope, as one HTTP request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<StoryResult> CreateAsync(NewsroomActor actor, StoryInput input, string edition = "en") =>
        InScopeAsync(sp => sp.GetRequiredService<StoryEditing>().CreateAsync(actor, edition, input, CancellationToken.None));

    public Task<StoryResult> SaveAsync(NewsroomActor actor, int id, int version, StoryInput input) =>
        InScopeAsync(sp => sp.GetRequiredService<StoryEditing>().SaveAsync(actor, id, version, input, CancellationToken.None));

    public Task<StoryResult> WorkflowAsync(Func<StoryWorkflow, Task<StoryResult>> step) =>
        InScopeAsync(sp => step(sp.GetRequiredService<StoryWorkflow>()));

    public Task<int> RunSchedulerAsync() => Services.GetRequiredService<ScheduledPublisher>().RunOnceAsync(CancellationToken.None);
}
