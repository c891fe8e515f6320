package health.falcon.k8s;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the fields fabric8 did not recognise while parsing (a misspelt
 * {@code readinesProbe} lands in a model object's {@code additionalProperties} instead of
 * failing), by walking the parsed object graph.
 */
final class UnknownFields {

	private UnknownFields() {
	}

	/**
	 * The paths of every unrecognised field under a parsed object.
	 * @param object a fabric8 model object
	 * @return paths such as {@code spec.template.spec.containers[0].readinesProbe}; empty
	 * when none
	 */
	static List<String> of(Object object) {
		List<String> found = new ArrayList<>();
		walk(object, "", found);
		return found;
	}

	private static void walk(Object value, String path, List<String> found) {
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				walk(list.get(i), path + "[" + i + "]", found);
			}
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, entry) -> walk(entry, path + "[" + key + "]", found));
			return;
		}
		if (value == null || !value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			if (isGetter(getter)) {
				Object child = invoke(getter, value);
				String name = property(getter);
				if ("additionalProperties".equals(name) && child instanceof Map<?, ?> extra) {
					extra.keySet().forEach((key) -> found.add(path.isEmpty() ? String.valueOf(key) : path + "." + key));
				}
				else {
					walk(child, path.isEmpty() ? name : path + "." + name, found);
				}
			}
		}
	}

	private static boolean isGetter(Method method) {
		return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
				&& method.getName().startsWith("get") && !"getClass".equals(method.getName())
				&& method.getDeclaringClass().getName().startsWith("io.fabric8");
	}

	private static String property(Method getter) {
		String name = getter.getName().substring(3);
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			return null;
		}
	}

}
