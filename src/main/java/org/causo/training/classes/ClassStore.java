package org.causo.training.classes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.db.SqlFilter;
import org.causo.training.ClassDraft;
import org.causo.training.ClassView;
import org.causo.training.Organiser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class ClassStore {

	private static final String COLUMNS = """
			select c.id, c.post_id, c.title, c.organiser_kind, c.organiser_name, c.hamlet_id, c.commune_id, c.starts_at,
			       c.capacity, c.skills, (select count(*) from training_attendance a where a.class_id = c.id) as attendances
			from training_class c
			""";

	private final JdbcClient jdbc;

	ClassStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageOf<ClassView> search(Scope scope, PageOf.Request page) {
		return SqlFilter.inScope(scope, "c.unit_path")
			.pageCounting(this.jdbc, "training_class c", COLUMNS, "c.starts_at desc, c.id desc", page, ClassStore::row);
	}

	public Optional<ClassView> find(Scope scope, long id) {
		return SqlFilter.inScope(scope, "c.unit_path")
			.and("c.id = :id", "id", id)
			.query(this.jdbc, COLUMNS, null)
			.query(ClassStore::row)
			.optional();
	}

	public long insert(long postId, ClassDraft d, String title, String organiserName, long communeId, String path,
			String by, boolean demo) {
		return this.jdbc.sql("""
				insert into training_class (post_id, title, organiser_kind, organiser_name, hamlet_id, commune_id,
				                            unit_path, starts_at, capacity, skills, demo, created_by)
				values (:post, :title, :kind, :name, :hamlet, :commune, :path, :starts, :capacity, :skills, :demo, :by)
				returning id
				""")
			.param("post", postId)
			.param("title", title)
			.param("kind", d.organiser().name())
			.param("name", organiserName)
			.param("hamlet", d.hamletId())
			.param("commune", communeId)
			.param("path", path)
			.param("starts", Timestamp.valueOf(d.startsAt()))
			.param("capacity", d.capacity())
			.param("skills", d.skills().toArray(String[]::new))
			.param("demo", demo)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	private static ClassView row(ResultSet rs, int i) throws SQLException {
		return new ClassView(rs.getLong("id"), rs.getLong("post_id"), rs.getString("title"),
				Organiser.valueOf(rs.getString("organiser_kind")), rs.getString("organiser_name"),
				rs.getLong("hamlet_id"), null, rs.getLong("commune_id"), rs.getObject("starts_at", LocalDateTime.class),
				rs.getInt("capacity"), strings(rs.getArray("skills")), rs.getInt("attendances"));
	}

	/** A text array column as a list (empty for null). */
	public static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : new ArrayList<>(List.of((String[]) array.getArray()));
	}

}
