package kgbuild.gephicheck;

import java.io.File;
import java.util.HashSet;
import java.util.Set;

import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.importer.api.Report;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports each file given on the command line with the Gephi Toolkit, headless and with the
 * importer's default settings (what Gephi's "Open" does), and prints one block per file:
 *
 * <pre>
 * file    PATH
 * nodes   N
 * edges   M
 * kinds   K              (edge kinds: Gephi keeps parallel edges only when their kinds differ)
 * dynamic true|false
 * bounds  MIN MAX        (time bounds of the timeline, only when dynamic)
 * colors  C              (distinct node colours)
 * issue   LEVEL MESSAGE  (one line per importer issue)
 * end
 * </pre>
 *
 * A file Gephi cannot import at all prints "error MESSAGE" instead of the counts. Exit code 0 when
 * every file was imported, 1 otherwise.
 */
public final class GephiCheck {

    private GephiCheck() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        boolean ok = true;
        for (String path : args) {
            ok &= check(projects, new File(path));
        }
        System.out.flush();
        System.exit(ok ? 0 : 1);
    }

    private static boolean check(ProjectController projects, File file) {
        System.out.println("file\t" + file.getPath());
        try {
            Workspace workspace = projects.newWorkspace(projects.getCurrentProject());
            ImportController importer = Lookup.getDefault().lookup(ImportController.class);
            Container container = importer.importFile(file);
            if (container == null) {
                System.out.println("error\tno importer for this file");
                return false;
            }
            // process() replaces the container's report with the processor's: keep the importer's.
            Report report = container.getReport();
            DefaultProcessor processor = new DefaultProcessor();
            importer.process(container, processor, workspace);
            report.append(processor.getReport());
            GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
            printGraph(model);
            System.err.println(report.getText()); // the full import log, for debugging a failure
            for (Issue issue : report.getIssuesList(Integer.MAX_VALUE)) {
                System.out.println("issue\t" + issue.getLevel() + "\t" + oneLine(issue.getMessage()));
            }
            return true;
        } catch (Exception e) {
            System.out.println("error\t" + oneLine(String.valueOf(e)));
            return false;
        } finally {
            System.out.println("end");
        }
    }

    private static void printGraph(GraphModel model) {
        System.out.println("nodes\t" + model.getGraph().getNodeCount());
        System.out.println("edges\t" + model.getGraph().getEdgeCount());
        System.out.println("kinds\t" + model.getEdgeTypeLabels(false).length);
        System.out.println("dynamic\t" + model.isDynamic());
        if (model.isDynamic()) {
            Interval bounds = model.getTimeBounds();
            System.out.println("bounds\t" + model.getTimeFormat() + "\t" + bounds.getLow() + "\t" + bounds.getHigh());
        }
        Set<Integer> colors = new HashSet<>();
        for (Node node : model.getGraph().getNodes()) {
            colors.add(node.getColor().getRGB());
        }
        System.out.println("colors\t" + colors.size());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
