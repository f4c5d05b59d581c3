using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Tandem.Domain.Reminders;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Reminders;

/// <summary>The reminder form, shared by the patient's own page and the therapist's.</summary>
public sealed class ReminderSettingsInput
{
    public bool DiaryEnabled { get; set; }

    [Required(ErrorMessage = "validation.required")]
    [Display(Name = "reminders.diary-time")]
    public TimeOnly? DiaryTime { get; set; }

    public bool InactivityEnabled { get; set; }

    [Display(Name = "reminders.inactivity-days")]
    public int? InactivityDays { get; set; }

    public static ReminderSettingsInput From(ReminderPreferences preferences) => new()
    {
        DiaryEnabled = preferences.DiaryEnabled,
        DiaryTime = preferences.DiaryTime,
        InactivityEnabled = preferences.InactivityDays is not null,
        InactivityDays = preferences.InactivityDays,
    };

    /// <summary>The chosen settings, or null with the errors added to <paramref name="modelState"/>.</summary>
    public ReminderPreferences? ToPreferences(ModelStateDictionary modelState, string prefix, IStringLocalizer<Text> text)
    {
        var days = InactivityEnabled ? InactivityDays : null;
        if (InactivityEnabled && days is not (>= ReminderRules.MinInactivityDays and <= ReminderRules.MaxInactivityDays))
        {
            modelState.AddModelError($"{prefix}.{nameof(InactivityDays)}", text[ReminderRules.InactivityRange.Code]);
        }

        return modelState.IsValid && DiaryTime is { } time ? ReminderPreferences.Create(DiaryEnabled, time, days) : null;
    }
}
