using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Outreach;
using Tandem.Web.Content;
using Tandem.Web.Infrastructure;
using Tandem.Web.Outreach;

namespace Tandem.Web.Pages.Sites;

/// <summary>Public: someone tells a site they would like to start. Minimal data: a name, a way to reach them, consent.</summary>
[EnableRateLimiting(OutreachSetup.FormRateLimit)]
[RequestSizeLimit(32 * 1024)]
public sealed class InterestModel(ReferralDesk desk, FormStamp stamps, ProgrammeCatalog catalog, TimeProvider clock, IStringLocalizer<Text> text)
    : PublicFormModel(desk, stamps, catalog, text)
{
    [BindProperty]
    public InterestInput Input { get; set; } = new();

    protected override void Validate()
    {
        CheckContact("Input.Email", Input.Email, Input.Phone);
        CheckProgramme("Input.ProgrammeId", Input.ProgrammeId);
        if (!Input.Consent)
        {
            ModelState.AddModelError("Input.Consent", Messages[OutreachRules.Consent.Code]);
        }
    }

    protected override Referral Build() => Referral.FromSelf(
        Site.OrganisationId, Site.Id, Input.Name!, Input.Email, Input.Phone, Input.ProgrammeId, Input.Message, Input.Consent, clock.GetUtcNow());

    public sealed class InterestInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(100, ErrorMessage = "validation.too-long")]
        [Display(Name = "outreach.name")]
        public string? Name { get; set; }

        [StringLength(254, ErrorMessage = "validation.too-long")]
        [EmailAddress(ErrorMessage = "validation.email")]
        [Display(Name = "outreach.email")]
        public string? Email { get; set; }

        [StringLength(30, ErrorMessage = "validation.too-long")]
        [RegularExpression(@"^[0-9 +()\-]{6,30}$", ErrorMessage = "outreach.phone-invalid")]
        [Display(Name = "outreach.phone")]
        public string? Phone { get; set; }

        [StringLength(64, ErrorMessage = "validation.too-long")]
        [Display(Name = "outreach.programme")]
        public string? ProgrammeId { get; set; }

        [StringLength(Referral.MaxMessageLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "outreach.message")]
        public string? Message { get; set; }

        public bool Consent { get; set; }
    }
}
