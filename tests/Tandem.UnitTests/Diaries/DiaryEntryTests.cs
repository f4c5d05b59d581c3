using Tandem.Domain;
using Tandem.Domain.Diaries;

namespace Tandem.UnitTests.Diaries;

public sealed class DiaryEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static SleepWakeEntry Night() => new(Guid.NewGuid(), Today, Now);

    private static TimeOnly T(string hhmm) => TimeOnly.Parse(hhmm, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_night_from_the_evening_before_to_the_morning_spans_midnight()
    {
        var night = Night();
        night.Record(T("23:15"), T("23:45"), T("07:00"), T("07:30"), 30, null, Now);
        Assert.Equal(8 * 60 + 15, night.MinutesInBed);
    }

    [Fact]
    public void A_bed_time_after_midnight_is_accepted()
    {
        var night = Night();
        night.Record(T("00:40"), null, T("08:00"), T("08:10"), 0, "  ", Now);
        Assert.Equal(7 * 60 + 30, night.MinutesInBed);
        Assert.Null(night.Note);
    }

    [Theory]
    [InlineData("23:00", "07:30", "07:00")] // awake after getting up
    [InlineData("23:00", "07:00", "23:00")] // up at the minute of going to bed
    public void Sleep_times_out_of_order_are_refused(string bed, string wake, string rise)
    {
        var error = Assert.Throws<DomainRuleException>(() => Night().Record(T(bed), null, T(wake), T(rise), 0, null, Now));
        Assert.Equal(DiaryRules.SleepOrder, error.Rule);
    }

    [Fact]
    public void Falling_asleep_after_waking_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Night().Record(T("23:00"), T("06:00"), T("05:00"), T("07:00"), 0, null, Now));
        Assert.Equal(DiaryRules.SleepOrder, error.Rule);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(1441)]
    public void Daytime_rest_outside_a_day_is_refused(int rest)
    {
        var error = Assert.Throws<DomainRuleException>(() => Night().Record(T("23:00"), null, T("07:00"), T("07:30"), rest, null, Now));
        Assert.Equal(DiaryRules.Rest, error.Rule);
    }

    [Fact]
    public void Recording_again_replaces_the_values()
    {
        var night = Night();
        night.Record(T("23:00"), null, T("07:00"), T("07:30"), 60, "tired", Now);
        night.Record(T("22:30"), null, T("06:30"), T("07:00"), 0, null, Now.AddHours(1));
        Assert.Equal((T("22:30"), 0, (string?)null, Now.AddHours(1)), (night.BedTime, night.RestMinutes, night.Note, night.RecordedAt));
    }

    [Fact]
    public void A_symptom_entry_needs_at_least_one_rating_in_range()
    {
        var entry = new SymptomEntry(Guid.NewGuid(), Today, Now);
        Assert.Equal(DiaryRules.NoRating, Assert.Throws<DomainRuleException>(() => entry.Record(null, null, null, Now)).Rule);
        Assert.Equal(DiaryRules.Rating, Assert.Throws<DomainRuleException>(() => entry.Record(11, 3, null, Now)).Rule);
        Assert.Equal(DiaryRules.Rating, Assert.Throws<DomainRuleException>(() => entry.Record(null, -1, null, Now)).Rule);
        entry.Record(null, 6, null, Now);
        Assert.Equal((null, 6), (entry.Pain, entry.Fatigue));
    }

    [Fact]
    public void An_activity_entry_needs_a_description_and_minutes_within_a_day()
    {
        var entry = new ActivityEntry(Guid.NewGuid(), Today, Now);
        Assert.Equal(DiaryRules.NoActivity, Assert.Throws<DomainRuleException>(() => entry.Record(" ", 10, null, Now)).Rule);
        Assert.Equal(DiaryRules.Minutes, Assert.Throws<DomainRuleException>(() => entry.Record("walk", 1441, null, Now)).Rule);
        Assert.Equal(DiaryRules.TooLong, Assert.Throws<DomainRuleException>(() => entry.Record(new string('a', 101), 10, null, Now)).Rule);
        entry.Record(" walk ", 12, null, Now);
        Assert.Equal(("walk", 12), (entry.Activity, entry.Minutes));
    }

    [Fact]
    public void Only_recent_days_up_to_today_can_be_written()
    {
        DiaryRules.CheckWritable(Today, Today);
        DiaryRules.CheckWritable(Today.AddDays(-(DiaryRules.EditableDays - 1)), Today);
        Assert.Equal(DiaryRules.FutureDay, Assert.Throws<DomainRuleException>(() => DiaryRules.CheckWritable(Today.AddDays(1), Today)).Rule);
        Assert.Equal(DiaryRules.TooOld, Assert.Throws<DomainRuleException>(() => DiaryRules.CheckWritable(Today.AddDays(-DiaryRules.EditableDays), Today)).Rule);
    }
}
