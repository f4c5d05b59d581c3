using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Tandem.Domain.Accounts;

namespace Tandem.Web.Pages.Account;

/// <summary>A new password typed twice; the policy itself is checked by Identity's validators.</summary>
public sealed class NewPasswordInput
{
    [Required(ErrorMessage = "validation.required")]
    [StringLength(PasswordPolicy.MaximumLength * 2, ErrorMessage = "validation.too-long")]
    [Display(Name = "field.new-password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "validation.required")]
    [Compare(nameof(Password), ErrorMessage = "validation.passwords-differ")]
    [Display(Name = "field.confirm-password")]
    public string ConfirmPassword { get; set; } = "";

    public static void AddErrors(ModelStateDictionary modelState, string prefix, IEnumerable<IdentityError> errors)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError($"{prefix}.{nameof(Password)}", error.Description);
        }
    }
}
