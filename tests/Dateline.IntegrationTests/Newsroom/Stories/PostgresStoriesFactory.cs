using Dateline.Web.Infrastructure.Data;
using Microsoft.Extensions.Time.Testing;

namespace Dateline.IntegrationTests.Newsroom.Stories;

/// <summary>
/// On PostgreSQL, with the fake clock an hour behind the real one, so stories it schedules are already due for a
/// second node (<see cref="Infrastructure.DatelineFactory.AnotherNode"/>) that runs on the real clock.
/// </summary>
public sealed class PostgresStoriesFactory : StoriesFactory
{
    public PostgresStoriesFactory() : base(DatabaseProvider.Postgres)
    {
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
    }
}
