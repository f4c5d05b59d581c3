using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Access;
using Tandem.Domain.Measurement;
using Tandem.Web.Infrastructure;
using Tandem.Web.Measurement;

namespace Tandem.Web.Pages.Staff.Alerts;

/// <summary>The acknowledge form of one alert.</summary>
public sealed class AcknowledgeInput
{
    public Guid AlertId { get; set; }

    [Required(ErrorMessage = "alerts.note-required")]
    [StringLength(AlertRules.MaxNoteLength, ErrorMessage = "alerts.note-too-long")]
    public string? Note { get; set; }
}

/// <summary>One alert card as the partial shows it: the alert and, after a refused acknowledgement, the note typed.</summary>
public sealed record AlertCard(AlertView Alert, bool Failed, string? Note);

/// <summary>The acknowledge POST shared by the alert pages: a note is required, one clinician wins, the other is told.</summary>
public static class AcknowledgeHandler
{
    /// <summary>The result to return, or null when the input was invalid and the page re-renders with a 400.</summary>
    public static async Task<IActionResult?> HandleAsync(PageModel page, AlertDesk desk, Viewer viewer, AcknowledgeInput input, IStringLocalizer text, CancellationToken ct)
    {
        if (!page.ModelState.IsValid)
        {
            page.Response.StatusCode = StatusCodes.Status400BadRequest;
            return null;
        }

        var result = await desk.AcknowledgeAsync(viewer, input.AlertId, input.Note, ct);
        switch (result.Outcome)
        {
            case AcknowledgeOutcome.NotFound:
                return page.NotFound();
            case AcknowledgeOutcome.NotAllowed:
                return page.Forbid();
            case AcknowledgeOutcome.AlreadyAcknowledged:
                page.TempData[Flash.Error] = text["alerts.already-acknowledged-by", result.By ?? "?", result.At is { } at ? ClinicTime.Format(at) : ""].Value;
                break;
            default:
                page.TempData[Flash.Info] = text["alerts.acknowledged"].Value;
                break;
        }

        return page.RedirectToPage();
    }
}
