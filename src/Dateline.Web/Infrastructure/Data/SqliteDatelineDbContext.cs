using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Infrastructure.Data;

public sealed class SqliteDatelineDbContext(DbContextOptions<SqliteDatelineDbContext> options) : DatelineDbContext(options);
