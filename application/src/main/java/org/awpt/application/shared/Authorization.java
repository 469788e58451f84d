package org.awpt.application.shared;

import java.util.Objects;
import org.awpt.domain.access.AccessPolicy;
import org.awpt.domain.access.Actor;
import org.awpt.domain.access.Requester;
import org.awpt.domain.access.Role;

/** Turns a requester into an actor by the shop's access policy, and refuses those without a role. */
public final class Authorization {
    private final AccessPolicy policy;

    /** Authorization by this policy. */
    public Authorization(AccessPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The actor a requester is. */
    public Actor actor(Requester requester) {
        return policy.resolve(requester);
    }

    /** The actor, refused with {@link org.awpt.domain.NotAuthorizedException} unless an admin. */
    public Actor requireAdmin(Requester requester, String action) {
        Actor actor = actor(requester);
        actor.require(Role.ADMIN, action);
        return actor;
    }

    /**
     * The actor, refused unless an operator: an admin, or the operator at the shop's console (the
     * inventory commands: import, export, statistics, reports).
     */
    public Actor requireOperator(Requester requester, String action) {
        Actor actor = actor(requester);
        actor.require(Role.OPERATOR, action);
        return actor;
    }

    /** The actor, refused unless support staff (admins are support too). */
    public Actor requireSupport(Requester requester, String action) {
        Actor actor = actor(requester);
        actor.require(Role.SUPPORT, action);
        return actor;
    }
}
