package health.falcon.k8s.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;

/**
 * Reads a Jenkinsfile into the tree of its method calls with Groovy's own parser. The
 * script is only compiled to its syntax tree, never run.
 */
final class Jenkinsfiles {

	private Jenkinsfiles() {
	}

	static List<Step> parse(String source) {
		CompilationUnit unit = new CompilationUnit();
		unit.addSource("Jenkinsfile", source);
		unit.compile(Phases.CONVERSION);
		StepCollector collector = new StepCollector();
		unit.getAST().getModules().forEach((module) -> module.getStatementBlock().visit(collector));
		return collector.top;
	}

	private static final class StepCollector extends CodeVisitorSupport {

		private final List<Step> top = new ArrayList<>();

		private final Deque<List<Step>> open = new ArrayDeque<>(List.of(this.top));

		@Override
		public void visitMethodCallExpression(MethodCallExpression call) {
			List<Step> nested = new ArrayList<>();
			String name = Objects.requireNonNullElse(call.getMethodAsString(), "?");
			this.open.getFirst().add(new Step(name, constants(call.getArguments()), nested));
			this.open.push(nested);
			try {
				call.getArguments().visit(this);
			}
			finally {
				this.open.pop();
			}
		}

		private static List<String> constants(Expression arguments) {
			List<String> constants = new ArrayList<>();
			if (arguments instanceof TupleExpression tuple) {
				for (Expression argument : tuple.getExpressions()) {
					if (argument instanceof ConstantExpression constant && constant.getValue() != null) {
						constants.add(constant.getValue().toString());
					}
					else if (argument instanceof GStringExpression string) {
						constants.add(string.getText());
					}
					else if (argument instanceof MapExpression named) {
						// Named arguments (lock(resource: 'x')): their constant values.
						named.getMapEntryExpressions()
							.stream()
							.map(MapEntryExpression::getValueExpression)
							.filter(ConstantExpression.class::isInstance)
							.map((value) -> String.valueOf(((ConstantExpression) value).getValue()))
							.forEach(constants::add);
					}
				}
			}
			return constants;
		}

	}

}
