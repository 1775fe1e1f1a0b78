package org.shouhu.ops.reliability;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A JSON body built from a valid request and then spoilt: members removed, replaced by hostile
 * values, added or repeated. Values are {@link Fragment}s, so a spoilt body may be anything
 * but JSON in places.
 */
final class JsonBody {

    private JsonBody() {
    }

    sealed interface Node permits Obj, Arr, Leaf {
    }

    /** An object; a name may occur twice (a repeated member is one of the spoilings). */
    record Obj(List<Member> members) implements Node {
    }

    record Arr(List<Node> items) implements Node {
    }

    record Leaf(Fragment fragment) implements Node {
    }

    record Member(String name, Node value) {
    }

    /** One way of spoiling a body; {@code at} picks a member among all of them, nested ones included. */
    sealed interface Mutation permits Remove, Replace, Extra, Repeat {
    }

    record Remove(int at) implements Mutation {
    }

    record Replace(int at, Fragment value) implements Mutation {
    }

    record Extra(String name, Fragment value) implements Mutation {
    }

    record Repeat(int at, Fragment value) implements Mutation {
    }

    /** The tree of a request body given as maps, lists and plain values (what Jackson writes). */
    static Node of(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<Member> members = new ArrayList<>();
            map.forEach((name, member) -> members.add(new Member(String.valueOf(name), of(member))));
            return new Obj(members);
        }
        if (value instanceof Collection<?> items) {
            return new Arr(items.stream().map(JsonBody::of).toList());
        }
        return new Leaf(Fragment.of(value));
    }

    static Node apply(Node root, List<Mutation> mutations) {
        Node body = root;
        for (Mutation mutation : mutations) {
            body = apply(body, mutation);
        }
        return body;
    }

    private static Node apply(Node root, Mutation mutation) {
        if (!(root instanceof Obj object)) {
            return root;
        }
        if (mutation instanceof Extra extra) {
            List<Member> members = new ArrayList<>(object.members());
            members.add(new Member(extra.name(), new Leaf(extra.value())));
            return new Obj(members);
        }
        List<List<Integer>> paths = new ArrayList<>();
        collect(object, new ArrayList<>(), paths);
        if (paths.isEmpty()) {
            return root;
        }
        return change(object, paths.get(Math.floorMod(at(mutation), paths.size())), 0, mutation);
    }

    private static int at(Mutation mutation) {
        if (mutation instanceof Remove remove) {
            return remove.at();
        }
        if (mutation instanceof Replace replace) {
            return replace.at();
        }
        return ((Repeat) mutation).at();
    }

    /** The paths (member indexes, object by object) of every member of the body. */
    private static void collect(Obj object, List<Integer> prefix, List<List<Integer>> paths) {
        for (int i = 0; i < object.members().size(); i++) {
            List<Integer> path = new ArrayList<>(prefix);
            path.add(i);
            paths.add(path);
            if (object.members().get(i).value() instanceof Obj nested) {
                collect(nested, path, paths);
            }
        }
    }

    private static Obj change(Obj object, List<Integer> path, int depth, Mutation mutation) {
        List<Member> members = new ArrayList<>(object.members());
        int index = path.get(depth);
        Member member = members.get(index);
        if (depth < path.size() - 1) {
            members.set(index, new Member(member.name(), change((Obj) member.value(), path, depth + 1, mutation)));
            return new Obj(members);
        }
        if (mutation instanceof Remove) {
            members.remove(index);
        } else if (mutation instanceof Replace replace) {
            members.set(index, new Member(member.name(), new Leaf(replace.value())));
        } else if (mutation instanceof Repeat repeat) {
            members.add(index + 1, new Member(member.name(), new Leaf(repeat.value())));
        }
        return new Obj(members);
    }

    static byte[] bytes(Node node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(node, out);
        return out.toByteArray();
    }

    private static void write(Node node, ByteArrayOutputStream out) {
        if (node instanceof Leaf leaf) {
            out.writeBytes(leaf.fragment().bytes());
        } else if (node instanceof Arr array) {
            out.write('[');
            for (int i = 0; i < array.items().size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(array.items().get(i), out);
            }
            out.write(']');
        } else if (node instanceof Obj object) {
            out.write('{');
            for (int i = 0; i < object.members().size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.writeBytes(Fragment.of(object.members().get(i).name()).bytes());
                out.write(':');
                write(object.members().get(i).value(), out);
            }
            out.write('}');
        }
    }
}
