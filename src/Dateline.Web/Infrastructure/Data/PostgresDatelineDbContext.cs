using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Infrastructure.Data;

public sealed class PostgresDatelineDbContext(DbContextOptions<PostgresDatelineDbContext> options) : DatelineDbContext(options);
