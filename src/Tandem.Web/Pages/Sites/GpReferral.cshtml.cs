using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Outreach;
using Tandem.Web.Content;
using Tandem.Web.Infrastructure;
using Tandem.Web.Outreach;

namespace Tandem.Web.Pages.Sites;

/// <summary>Public: a GP refers a patient who agreed to it. Minimal data: who refers, whom, how to reach them, why.</summary>
[EnableRateLimiting(OutreachSetup.FormRateLimit)]
[RequestSizeLimit(32 * 1024)]
public sealed class GpReferralModel(ReferralDesk desk, FormStamp stamps, ProgrammeCatalog catalog, TimeProvider clock, IStringLocalizer<Text> text)
    : PublicFormModel(desk, stamps, catalog, text)
{
    private const string Phone = @"^[0-9 +()\-]{6,30}$";

    [BindProperty]
    public GpInput Input { get; set; } = new();

    protected override void Validate()
    {
        CheckContact("Input.GpEmail", Input.GpEmail, Input.GpPhone);
        CheckContact("Input.PatientEmail", Input.PatientEmail, Input.PatientPhone);
        CheckProgramme("Input.ProgrammeId", Input.ProgrammeId);
        if (!Input.PatientAgreed)
        {
            ModelState.AddModelError("Input.PatientAgreed", Messages[OutreachRules.PatientAgreed.Code]);
        }
    }

    protected override Referral Build() => Referral.FromGp(
        Site.OrganisationId, Site.Id, new GpDetails(Input.GpName!, Input.Practice!, Input.AgbCode, Input.GpEmail, Input.GpPhone),
        Input.PatientName!, Input.PatientEmail, Input.PatientPhone, Input.ProgrammeId, Input.Reason!, Input.PatientAgreed, clock.GetUtcNow());

    public sealed class GpInput
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(100, ErrorMessage = "validation.too-long")]
        [Display(Name = "outreach.gp-name")]
        public string? GpName { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [StringLength(150, ErrorMessage = "validation.too-long")]
        [Display(Name = "outreach.practice")]
        public string? Practice { get; set; }

        [RegularExpression("^[0-9]{8}$", ErrorMessage = OutreachCodes.Agb)]
        [Display(Name = "outreach.agb-label")]
        public string? AgbCode { get; set; }

        [StringLength(254, ErrorMessage = "validation.too-long")]
        [EmailAddress(ErrorMessage = "validation.email")]
        [Display(Name = "outreach.gp-email")]
        public string? GpEmail { get; set; }

        [StringLength(30, ErrorMessage = "validation.too-long")]
        [RegularExpression(Phone, ErrorMessage = "outreach.phone-invalid")]
        [Display(Name = "outreach.gp-phone")]
        public string? GpPhone { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [StringLength(100, ErrorMessage = "validation.too-long")]
        [Display(Name = "outreach.patient-name")]
        public string? PatientName { get; set; }

        [StringLength(254, ErrorMessage = "validation.too-long")]
        [EmailAddress(ErrorMessage = "validation.email")]
        [Display(Name = "outreach.patient-email")]
        public string? PatientEmail { get; set; }

        [StringLength(30, ErrorMessage = "validation.too-long")]
        [RegularExpression(Phone, ErrorMessage = "outreach.phone-invalid")]
        [Display(Name = "outreach.patient-phone")]
        public string? PatientPhone { get; set; }

        [StringLength(64, ErrorMessage = "validation.too-long")]
        [Display(Name = "outreach.programme")]
        public string? ProgrammeId { get; set; }

        [Required(ErrorMessage = "validation.required")]
        [StringLength(Referral.MaxMessageLength, ErrorMessage = "validation.too-long")]
        [Display(Name = "outreach.reason")]
        public string? Reason { get; set; }

        public bool PatientAgreed { get; set; }
    }
}

/// <summary>Rule codes usable in attributes (which need constants).</summary>
internal static class OutreachCodes
{
    public const string Agb = "outreach.agb";
}
