using Dateline.Web.Infrastructure.Data;
using Npgsql;

namespace Dateline.Tests.Infrastructure.Data;

public sealed class AutoPrepareTests
{
    [Fact]
    public void A_connection_string_without_the_setting_gets_automatic_preparation()
    {
        var result = new NpgsqlConnectionStringBuilder(DataModule.WithAutoPrepare("Host=db;Database=dateline;Username=app"));

        Assert.Equal(DataModule.DefaultMaxAutoPrepare, result.MaxAutoPrepare);
        Assert.Equal("db", result.Host);
        Assert.Equal("dateline", result.Database);
        Assert.Equal("app", result.Username);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=0", 0)]
    [InlineData("Host=db;max auto prepare=12", 12)]
    public void The_operators_own_setting_is_kept_in_any_spelling(string connectionString, int expected)
    {
        var result = new NpgsqlConnectionStringBuilder(DataModule.WithAutoPrepare(connectionString));

        Assert.Equal(expected, result.MaxAutoPrepare);
    }
}
