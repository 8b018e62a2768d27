using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Dateline.Web.Features.Accounts;

/// <summary>
/// Identity's refusals (password policy, a taken or malformed address, a wrong or spent code) in the newsroom
/// language of the person acting: Arabic for a user whose interface is Arabic, Identity's own English otherwise,
/// including on the command line, where there is no request.
/// </summary>
internal sealed class NewsroomIdentityErrorDescriber(IHttpContextAccessor http) : IdentityErrorDescriber
{
    private bool Arabic =>
        NewsroomLanguages.Normalize(http.HttpContext?.User.FindFirstValue(NewsroomClaims.UiLanguage)) == NewsroomLanguages.Arabic;

    public override IdentityError DefaultError() =>
        Arabic ? Error(base.DefaultError(), "حدث خطأ غير متوقع.") : base.DefaultError();

    public override IdentityError ConcurrencyFailure() =>
        Arabic ? Error(base.ConcurrencyFailure(), "غيّر شخص آخر هذا الحساب في الوقت نفسه؛ أعد المحاولة.") : base.ConcurrencyFailure();

    public override IdentityError PasswordMismatch() =>
        Arabic ? Error(base.PasswordMismatch(), "كلمة المرور غير صحيحة.") : base.PasswordMismatch();

    public override IdentityError InvalidToken() =>
        Arabic ? Error(base.InvalidToken(), "الرمز غير صالح أو انتهت صلاحيته.") : base.InvalidToken();

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Arabic ? Error(base.RecoveryCodeRedemptionFailed(), "رمز الاسترداد غير صحيح أو استُخدم من قبل.") : base.RecoveryCodeRedemptionFailed();

    public override IdentityError LoginAlreadyAssociated() =>
        Arabic ? Error(base.LoginAlreadyAssociated(), "هذا الحساب الخارجي مرتبط بمستخدم آخر.") : base.LoginAlreadyAssociated();

    public override IdentityError InvalidUserName(string? userName) =>
        Arabic ? Error(base.InvalidUserName(userName), $"اسم المستخدم «{userName}» غير صالح.") : base.InvalidUserName(userName);

    public override IdentityError InvalidEmail(string? email) =>
        Arabic ? Error(base.InvalidEmail(email), $"عنوان البريد الإلكتروني «{email}» غير صالح.") : base.InvalidEmail(email);

    public override IdentityError DuplicateUserName(string userName) =>
        Arabic ? Error(base.DuplicateUserName(userName), $"اسم المستخدم «{userName}» مستخدم من قبل.") : base.DuplicateUserName(userName);

    public override IdentityError DuplicateEmail(string email) =>
        Arabic ? Error(base.DuplicateEmail(email), $"عنوان البريد الإلكتروني «{email}» مستخدم من قبل.") : base.DuplicateEmail(email);

    public override IdentityError InvalidRoleName(string? role) =>
        Arabic ? Error(base.InvalidRoleName(role), $"اسم الدور «{role}» غير صالح.") : base.InvalidRoleName(role);

    public override IdentityError DuplicateRoleName(string role) =>
        Arabic ? Error(base.DuplicateRoleName(role), $"الدور «{role}» موجود من قبل.") : base.DuplicateRoleName(role);

    public override IdentityError UserAlreadyHasPassword() =>
        Arabic ? Error(base.UserAlreadyHasPassword(), "للمستخدم كلمة مرور من قبل.") : base.UserAlreadyHasPassword();

    public override IdentityError UserLockoutNotEnabled() =>
        Arabic ? Error(base.UserLockoutNotEnabled(), "القفل بعد المحاولات الفاشلة غير مفعّل لهذا المستخدم.") : base.UserLockoutNotEnabled();

    public override IdentityError UserAlreadyInRole(string role) =>
        Arabic ? Error(base.UserAlreadyInRole(role), $"المستخدم في دور «{role}» من قبل.") : base.UserAlreadyInRole(role);

    public override IdentityError UserNotInRole(string role) =>
        Arabic ? Error(base.UserNotInRole(role), $"المستخدم ليس في دور «{role}».") : base.UserNotInRole(role);

    public override IdentityError PasswordTooShort(int length) =>
        Arabic ? Error(base.PasswordTooShort(length), $"يجب ألا تقل كلمة المرور عن {length} حرفًا؛ عبارة مرور طويلة هي الأفضل.") : base.PasswordTooShort(length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Arabic
            ? Error(base.PasswordRequiresUniqueChars(uniqueChars), $"يجب أن تضم كلمة المرور {uniqueChars} أحرف مختلفة على الأقل.")
            : base.PasswordRequiresUniqueChars(uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Arabic ? Error(base.PasswordRequiresNonAlphanumeric(), "يجب أن تضم كلمة المرور رمزًا واحدًا على الأقل ليس حرفًا ولا رقمًا.") : base.PasswordRequiresNonAlphanumeric();

    public override IdentityError PasswordRequiresDigit() =>
        Arabic ? Error(base.PasswordRequiresDigit(), "يجب أن تضم كلمة المرور رقمًا واحدًا على الأقل (0-9).") : base.PasswordRequiresDigit();

    public override IdentityError PasswordRequiresLower() =>
        Arabic ? Error(base.PasswordRequiresLower(), "يجب أن تضم كلمة المرور حرفًا لاتينيًا صغيرًا واحدًا على الأقل (a-z).") : base.PasswordRequiresLower();

    public override IdentityError PasswordRequiresUpper() =>
        Arabic ? Error(base.PasswordRequiresUpper(), "يجب أن تضم كلمة المرور حرفًا لاتينيًا كبيرًا واحدًا على الأقل (A-Z).") : base.PasswordRequiresUpper();

    // The code stays Identity's, so callers that branch on it behave the same in both languages.
    private static IdentityError Error(IdentityError english, string arabic) => new() { Code = english.Code, Description = arabic };
}
