package org.causo.fieldwork.teams;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.causo.fieldwork.MemberView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for support teams and their members. */
@Component
public class TeamStore {

	private static final String MEMBER = """
			select id, team_id, officer_id, volunteer_name, affiliation, joined_on, left_on from team_member
			""";

	private final JdbcClient jdbc;

	TeamStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** (id, post id, name) of the active teams of these posts. */
	public List<Object[]> teams(Collection<Long> postIds) {
		return this.jdbc
			.sql("select id, post_id, name from support_team where not archived and post_id = any(:posts) "
					+ "order by lower(name), id")
			.param("posts", postIds.toArray(Long[]::new))
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) })
			.list();
	}

	public Optional<Object[]> team(long id) {
		return this.jdbc.sql("select id, post_id, name from support_team where id = :id and not archived")
			.param("id", id)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) })
			.optional();
	}

	public boolean nameTaken(long postId, String name) {
		return this.jdbc
			.sql("select exists (select 1 from support_team where post_id = :p and lower(name) = lower(:n) "
					+ "and not archived)")
			.param("p", postId)
			.param("n", name)
			.query(Boolean.class)
			.single();
	}

	public long insertTeam(long postId, String name, boolean demo) {
		return this.jdbc.sql("insert into support_team (post_id, name, demo) values (:p, :n, :demo) returning id")
			.param("p", postId)
			.param("n", name)
			.param("demo", demo)
			.query(Long.class)
			.single();
	}

	public long insertMember(long teamId, Long officerId, String volunteer, String affiliation, LocalDate on,
			boolean demo) {
		return this.jdbc.sql("""
				insert into team_member (team_id, officer_id, volunteer_name, affiliation, joined_on, demo)
				values (:t, :o, :v, :a, :on, :demo) returning id
				""")
			.param("t", teamId)
			.param("o", officerId)
			.param("v", volunteer)
			.param("a", affiliation)
			.param("on", on)
			.param("demo", demo)
			.query(Long.class)
			.single();
	}

	/** Current members of a team (raw: names of officers are filled in by the facade). */
	public List<MemberView> members(long teamId) {
		return this.jdbc.sql(MEMBER + " where team_id = :t and left_on is null order by id")
			.param("t", teamId)
			.query(TeamStore::map)
			.list();
	}

	public Optional<MemberView> member(long id) {
		return this.jdbc.sql(MEMBER + " where id = :id").param("id", id).query(TeamStore::map).optional();
	}

	public List<MemberView> membersOf(Collection<Long> ids) {
		return this.jdbc.sql(MEMBER + " where id = any(:ids) order by id")
			.param("ids", ids.toArray(Long[]::new))
			.query(TeamStore::map)
			.list();
	}

	/** The current memberships of an officer account, in any team. */
	public List<Long> membershipsOf(long officerId) {
		return this.jdbc.sql("select id from team_member where officer_id = :o and left_on is null")
			.param("o", officerId)
			.query(Long.class)
			.list();
	}

	/** The post of the team a member belongs to. */
	public long postOf(long memberId) {
		return this.jdbc
			.sql("select t.post_id from team_member m join support_team t on t.id = m.team_id where m.id = :m")
			.param("m", memberId)
			.query(Long.class)
			.single();
	}

	public void leave(long memberId, LocalDate on) {
		this.jdbc.sql("update team_member set left_on = :on where id = :id and left_on is null")
			.param("id", memberId)
			.param("on", on)
			.update();
	}

	private static MemberView map(ResultSet rs, int row) throws SQLException {
		return new MemberView(rs.getLong("id"), rs.getLong("team_id"), (Long) rs.getObject("officer_id"),
				rs.getString("volunteer_name"), rs.getString("affiliation"), rs.getObject("joined_on", LocalDate.class),
				rs.getObject("left_on", LocalDate.class));
	}

}
