using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Web.Features.Accounts.Admin;

/// <summary>
/// The newsroom's users, for Admins: list, create with a role and a first password, change role, disable and enable,
/// reset two-factor sign-in. Each change is a form post that redirects back with a notice, or shows the page again
/// with 422 and what was wrong. No change may leave the newsroom without an active Admin.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
public sealed class UsersModel(NewsroomAccounts accounts, UserManager<NewsroomUser> users) : NewsroomPageModel
{
    public IReadOnlyList<AccountSummary> Users { get; private set; } = [];

    [BindProperty]
    public NewUserForm NewUser { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Notice = done switch
        {
            "created" => Text.UserCreated,
            "role" => Text.UserRoleChanged,
            "disabled" => Text.UserDisabled,
            "enabled" => Text.UserEnabled,
            "two-factor" => Text.UserTwoFactorReset,
            _ => null,
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var role = NewsroomAccounts.RoleNamed(NewUser.Role);
        var errors = new List<string>();
        if (!ModelState.IsValid)
        {
            errors.Add(Text.FormInvalid);
        }

        if (role is null)
        {
            errors.Add(Text.UserRoleInvalid);
        }

        if (errors.Count == 0 && await accounts.CreateAsync(NewUser.Email, role!, NewUser.Name, NewUser.Password, cancellationToken) is { } refused)
        {
            errors.Add(refused);
        }

        return errors.Count == 0 ? Done("created") : await RefusedAsync(errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostSetRoleAsync(int id, string? role, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (NewsroomAccounts.RoleNamed(role) is not { } named)
        {
            return await RefusedAsync([Text.UserRoleInvalid], cancellationToken);
        }

        if (named != NewsroomRoles.Admin && await accounts.IsLastActiveAdminAsync(user, cancellationToken))
        {
            return await RefusedAsync([Text.UserLastAdmin], cancellationToken);
        }

        return await accounts.SetRoleAsync(user, named, cancellationToken) is { } refused
            ? await RefusedAsync([refused], cancellationToken)
            : Done("role");
    }

    public async Task<IActionResult> OnPostDisableAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (await accounts.IsLastActiveAdminAsync(user, cancellationToken))
        {
            return await RefusedAsync([Text.UserLastAdmin], cancellationToken);
        }

        return await accounts.DisableAsync(user, cancellationToken) is { } refused
            ? await RefusedAsync([refused], cancellationToken)
            : Done("disabled");
    }

    public async Task<IActionResult> OnPostEnableAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        return await accounts.EnableAsync(user, cancellationToken) is { } refused
            ? await RefusedAsync([refused], cancellationToken)
            : Done("enabled");
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id) is not { } user)
        {
            return NotFound();
        }

        return await accounts.ResetTwoFactorAsync(user) is { } refused
            ? await RefusedAsync([refused], cancellationToken)
            : Done("two-factor");
    }

    /// <summary>The role's name in the interface language.</summary>
    public string RoleName(string role) => role switch
    {
        NewsroomRoles.Admin => Text.RoleAdmin,
        NewsroomRoles.Editor => Text.RoleEditor,
        NewsroomRoles.Contributor => Text.RoleContributor,
        _ => role,
    };

    private Task<NewsroomUser?> FindAsync(int id) => users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));

    private RedirectResult Done(string what) => Redirect("/newsroom/users?done=" + what);

    private async Task<PageResult> RefusedAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Title = Text.Users;
        Users = await accounts.ListAsync(cancellationToken);
    }

    public sealed class NewUserForm
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [StringLength(200)]
        public string? Name { get; set; }

        public string? Role { get; set; } = NewsroomRoles.Contributor;

        [Required, StringLength(1024)]
        public string Password { get; set; } = "";
    }
}
