package org.causo.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place where a stored instant (UTC in the database) becomes the time an officer
 * reads: Vietnam's local time unless {@code causo.time-zone} says otherwise. Templates
 * call it as {@code ${@times.minute(x)}}; exports and SQL that group by day or month take
 * its zone, so a tip sent at 19:55 in Lai Châu is "19:00", not "12:00".
 */
@Component("times")
public class LocalTimes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:00");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ZoneId zone;

	public LocalTimes(@Value("${causo.time-zone:Asia/Ho_Chi_Minh}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** The zone's id, for SQL ({@code at time zone :zone}). */
	public String zoneId() {
		return this.zone.getId();
	}

	public LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, this.zone) : null;
	}

	/** A day, for instants that are shown to the day (a case opened). */
	public String day(Instant instant) {
		return format(instant, DAY);
	}

	/**
	 * An hour, for a reporter's times: stored rounded to the hour, shown as the local
	 * hour.
	 */
	public String hour(Instant instant) {
		return format(instant, HOUR);
	}

	public String minute(Instant instant) {
		return format(instant, MINUTE);
	}

	public String second(Instant instant) {
		return format(instant, SECOND);
	}

	/** Where a local day starts, for filters by day ("from", "to"). */
	public Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	/** Where a local month starts, for filters by month. */
	public Instant startOf(YearMonth month) {
		return startOf(month.atDay(1));
	}

	private String format(Instant instant, DateTimeFormatter pattern) {
		return (instant != null) ? pattern.format(instant.atZone(this.zone)) : "";
	}

}
