package org.awpt.adapters.discord.standin;

import com.networknt.schema.Error;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's unions ({@code oneOf}/{@code anyOf} of components, interaction callbacks and their
 * answers) are told apart by {@code type}. A validator reports why the value fails every branch; this
 * keeps only the errors of the branches whose {@code type} fits, so a too long button label reads as
 * {@code /components/0/components/0/label: maxLength 80}, not as twenty reasons it is no select menu.
 * A union's own summary error stays only when no branch fits (an unknown {@code type}).
 */
final class UnionBranches {

    private static final String TYPE_CHECK = "/properties/type/";
    private static final Pattern BRANCH = Pattern.compile("(.*/(?:oneOf|anyOf)/\\d+)(?:/\\$ref)?");

    private UnionBranches() {
    }

    static List<Error> ofTheRightType(List<Error> errors) {
        Set<String> wrongBranches = new HashSet<>();
        for (Error error : errors) {
            String path = error.getEvaluationPath().toString();
            int typeCheck = path.lastIndexOf(TYPE_CHECK);
            if (typeCheck >= 0 && error.getInstanceLocation().toString().endsWith("/type")
                    && (error.getKeyword().equals("enum") || error.getKeyword().equals("const"))) {
                Matcher branch = BRANCH.matcher(path.substring(0, typeCheck));
                if (branch.matches()) {
                    wrongBranches.add(branch.group(1) + "/");
                }
            }
        }
        List<Error> kept = errors.stream()
                .filter(error -> wrongBranches.stream()
                        .noneMatch(branch -> (error.getEvaluationPath() + "/").startsWith(branch)))
                .toList();
        return kept.stream().filter(error -> !isUnion(error) || kept.stream().noneMatch(other -> other != error
                && other.getEvaluationPath().toString().startsWith(error.getEvaluationPath() + "/"))).toList();
    }

    private static boolean isUnion(Error error) {
        return error.getKeyword().equals("oneOf") || error.getKeyword().equals("anyOf");
    }
}
